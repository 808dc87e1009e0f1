// The world of the paper-proof e2e tests (offsite form, overseas document): one person with a
// residence outside the city, a counter clerk's page and a reviewer's page, and a scratch folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { deskContext, deskPage, logInAsStaff, openStaffPage } from './staff-browser.ts';
import { startStaffE2eServer, type StaffE2eServer } from './staff-server.ts';

export type PaperWorld = {
  server: StaffE2eServer;
  browser: Browser;
  clerk: Page;
  reviewer: Page;
  personId: string;
  dir: string;
};

export async function startPaperWorld(person: {
  name: string;
  residence: 'elsewhere' | 'abroad';
  region: string;
}): Promise<PaperWorld> {
  const server = await startStaffE2eServer({ face: false });
  const { idNumber } = await server.addPensioner({ name: person.name });
  const row = await server.db
    .updateTable('pensioners')
    .set({ residence: person.residence, residence_region: person.region })
    .where('id_number', '=', idNumber)
    .returning('id')
    .executeTakeFirstOrThrow();
  try {
    const { browser, page: clerk } = await deskPage(server.url);
    const reviewer = await (await deskContext(browser, server.url)).newPage();
    const dir = mkdtempSync(join(tmpdir(), `lifecert-${person.residence}-e2e-`));
    return { server, browser, clerk, reviewer, personId: row.id, dir };
  } catch (err) {
    await server.close();
    throw err;
  }
}

export async function closePaperWorld(w: PaperWorld | undefined): Promise<void> {
  await w?.browser.close();
  await w?.server.close();
  if (w?.dir) rmSync(w.dir, { recursive: true, force: true });
}

/** The reviewer opens the person's proof from the queue, up to its review heading. */
export async function openProofFromQueue(w: PaperWorld, name: string): Promise<void> {
  await logInAsStaff(w.reviewer, w.server.url, 'reviewer');
  await openStaffPage(w.reviewer, w.server.url, '/paper-proofs');
  await w.reviewer.getByRole('link', { name }).click();
  await w.reviewer.getByRole('heading', { name: '审核认证材料' }).waitFor();
}

export const certificationsOf = (w: PaperWorld) =>
  w.server.db
    .selectFrom('certifications')
    .select(['channel', 'method', 'operator_id'])
    .where('pensioner_id', '=', w.personId)
    .execute();
