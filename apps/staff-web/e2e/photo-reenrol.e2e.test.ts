// Reference-photo re-enrolment with four eyes, in Debian's Chromium against the real server and
// face engine: a counter clerk uploads a new photo for a person (a bad one is refused with the
// server's reason first), a reviewer in a second browser context sees it beside the old one and
// approves, and the person's active reference photo is then the new one; the person then
// certifies by face against it (fake camera playing a take rendered by packages/synth from
// another photo of the same person). The photos are test faces from the shared set.
// Last, an information change taken from a proxy goes through the same second approval.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripJpeg } from '../../server/src/uploads/jpeg-segments.ts';
import { sharedFacesDir, videosFor } from '../../web/e2e/support/videos.ts';
import {
  deskContext,
  launch,
  logInAsStaff,
  openStaffPage,
  seriousViolations,
} from './support/staff-browser.ts';
import { startStaffE2eServer, type StaffE2eServer } from './support/staff-server.ts';

const faces = sharedFacesDir();

describe.skipIf(!faces)('photo re-enrolment with a second approval', { timeout: 180_000 }, () => {
  let server: StaffE2eServer;
  let browser: Browser;
  let clerk: Page;
  let reviewer: Page;
  let personId: string;
  const file = (name: string) => join(faces!, name);

  beforeAll(async () => {
    let videos: { genuine: string };
    [server, videos] = await Promise.all([
      startStaffE2eServer({ face: true }),
      // The same take as the counter certification test, so the cached video serves both.
      videosFor({
        genuine: {
          photo: new Uint8Array(readFileSync(file('obama.jpg'))),
          challenge: ['nod', 'blink', 'mouth'],
          kind: 'genuine',
        },
      }),
    ]);
    // The old photo on file is not the person at the counter any more.
    const { idNumber } = await server.addPensioner({
      name: '李桂兰',
      photo: new Uint8Array(readFileSync(file('biden.jpg'))),
    });
    personId = (
      await server.db
        .selectFrom('pensioners')
        .select('id')
        .where('id_number', '=', idNumber)
        .executeTakeFirstOrThrow()
    ).id;
    browser = await launch(videos.genuine);
    clerk = await (await deskContext(browser, server.url)).newPage();
    reviewer = await (await deskContext(browser, server.url)).newPage();
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('clerk A submits a checked photo; a bad one is refused with the reason', async () => {
    await logInAsStaff(clerk, server.url, 'counter');
    await openStaffPage(clerk, server.url, `/people/${personId}`);
    const panel = clerk.locator('#action-photo-enrolment');
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('更换比对照片');
    await panel.getByTestId('active-photo').getByRole('img').waitFor();

    await panel.locator('#photo-file').setInputFiles(file('two_people.jpg'));
    await panel.locator('#photo-reason').fill('旧照片比对不通过');
    await panel.getByRole('button', { name: '提交审核' }).click();
    const alert = panel.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getAttribute('data-code')).toBe('photo_multiple_faces');
    expect(await alert.textContent()).toContain('多张人脸');

    await panel.getByRole('button', { name: '重拍' }).click();
    await panel.locator('#photo-file').setInputFiles(file('obama2.jpg'));
    await panel.getByRole('button', { name: '提交审核' }).click();
    await panel.getByTestId('photo-submitted').waitFor({ timeout: 30_000 });
    await panel.getByTestId('pending-photo').getByRole('img').waitFor();
    expect(await seriousViolations(clerk)).toEqual([]);
    // Still the old photo until someone else approves.
    const active = await server.db
      .selectFrom('reference_photos')
      .select('jpeg')
      .where('pensioner_id', '=', personId)
      .where('active', '=', true)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(active.jpeg).equals(readFileSync(file('biden.jpg')))).toBe(true);
  });

  it('reviewer B sees old and new side by side and approves', async () => {
    await logInAsStaff(reviewer, server.url, 'reviewer');
    await openStaffPage(reviewer, server.url, '/photos/pending');
    const card = reviewer.getByTestId('photo-review');
    await card.waitFor();
    expect(await card.count()).toBe(1);
    await card.getByTestId('old-photo').getByRole('img').waitFor();
    await card.getByTestId('new-photo').getByRole('img').waitFor();
    expect(await card.textContent()).toContain('旧照片比对不通过');
    expect(await seriousViolations(reviewer)).toEqual([]);
    await card.getByRole('button', { name: '通过' }).click();
    await reviewer.getByTestId('photo-decided').waitFor();
    expect(await reviewer.getByTestId('photo-review').count()).toBe(0);
  });

  it('makes the new photo the active reference, the old one kept inactive', async () => {
    const photos = await server.db
      .selectFrom('reference_photos')
      .select(['jpeg', 'active', 'enrolled_by', 'approved_by', 'model'])
      .where('pensioner_id', '=', personId)
      .execute();
    const active = photos.filter((p) => p.active);
    expect(active).toHaveLength(1);
    // The uploaded file less its metadata (EXIF and Photoshop blocks): the server cleans uploads.
    const uploaded = stripJpeg(new Uint8Array(readFileSync(file('obama2.jpg'))))!;
    expect(Buffer.from(active[0]!.jpeg).equals(uploaded)).toBe(true);
    expect(active[0]).toMatchObject({
      enrolled_by: server.staffIds.counter,
      approved_by: server.staffIds.reviewer,
    });
    expect(active[0]!.model).toBeTruthy();
    expect(photos).toHaveLength(2);

    // The clerk's page shows the decision in the person's photo history.
    await clerk.reload();
    const history = clerk.getByTestId('photo-history');
    await history.waitFor();
    expect(await history.locator('td[data-status=approved]').count()).toBe(1);
    // So does the reviewer's view of the person.
    await openStaffPage(reviewer, server.url, `/people/${personId}`);
    const theirs = reviewer.locator('#action-photo-history').getByTestId('photo-history');
    await theirs.waitFor();
    expect(await theirs.locator('td[data-status=approved]').count()).toBe(1);
    expect(await seriousViolations(reviewer)).toEqual([]);
  });

  it('certifies the person by face against the new photo', async () => {
    await openStaffPage(clerk, server.url, `/people/${personId}`);
    const panel = clerk.locator('#action-face');
    await panel.getByRole('button', { name: '打开摄像头' }).click();
    const start = panel.getByRole('button', { name: '开始认证' });
    await start.waitFor({ timeout: 20_000 });
    await start.click();
    const ended = clerk.locator('[data-testid=face-result], #action-face [role=alert]').first();
    await ended.waitFor({ timeout: 90_000 });
    const result = clerk.getByTestId('face-result');
    if (!(await result.count())) throw new Error(`no result: ${await ended.textContent()}`);
    expect(await result.getAttribute('data-decision')).toBe('pass');
  });

  it('takes an information change from a proxy, which the reviewer approves', async () => {
    await openStaffPage(clerk, server.url, `/people/${personId}`);
    const panel = clerk.locator('#action-info-change');
    await panel.locator('#new-mobile').fill('139 1234 5678');
    await panel.locator('#new-address').fill('示例区幸福路 8 号');
    await panel.getByLabel('代办人', { exact: true }).check();
    await panel.locator('#proxyName').fill('李小红');
    await panel.locator('#proxyIdNumber').fill('110101198001010037');
    await panel.locator('#doc-proxy_id_original').check();
    await panel.locator('#info-reason').fill('手机号码更换');
    await panel.getByRole('button', { name: '提交审核' }).click();
    // The reference's documents for a proxy include copies of every page of the person's ID.
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('documents_incomplete');
    await panel.locator('#doc-pensioner_id_copy_all_pages').check();
    await panel.getByRole('button', { name: '提交审核' }).click();
    await panel.getByTestId('info-change-submitted').waitFor();
    expect(await seriousViolations(clerk)).toEqual([]);

    await openStaffPage(reviewer, server.url, '/info-changes/pending');
    const card = reviewer.getByTestId('info-change-review');
    await card.waitFor();
    expect(await card.locator('[data-field=mobile]').textContent()).toContain('13912345678');
    expect(await card.textContent()).toContain('李小红');
    expect(await seriousViolations(reviewer)).toEqual([]);
    await card.getByRole('button', { name: '通过' }).click();
    await expect.poll(() => reviewer.getByTestId('info-change-review').count()).toBe(0);
    const row = await server.db
      .selectFrom('pensioners')
      .select(['mobile', 'address'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ mobile: '13912345678', address: '示例区幸福路 8 号' });
  });
});
