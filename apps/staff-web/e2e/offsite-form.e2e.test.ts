// The offsite form round trip in Debian's Chromium against the real server: a counter clerk
// downloads the certification form PDF of a person living elsewhere, records the stamped form
// coming back (the scan is the PDF itself), a reviewer approves it from the queue, and the person
// is certified through the offsite_form channel. axe on every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offsiteFormReference } from '@lifecert/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certificationsOf,
  closePaperWorld,
  openProofFromQueue,
  startPaperWorld,
  type PaperWorld,
} from './support/paper-world.ts';
import { logInAsStaff, openStaffPage, seriousViolations } from './support/staff-browser.ts';

const NAME = '刘淑珍';
// The notice secret of apps/web's e2e server, which signs form references.
const E2E_SECRET = 'e2e-notice-secret';

describe('offsite form', { timeout: 120_000 }, () => {
  let w: PaperWorld;
  let pdfPath = '';

  beforeAll(async () => {
    w = await startPaperWorld({ name: NAME, residence: 'elsewhere', region: '440300' });
  }, 300_000);

  afterAll(() => closePaperWorld(w));

  it('downloads the form as a PDF from the person page', async () => {
    const { clerk, server, personId } = w;
    await logInAsStaff(clerk, server.url, 'counter');
    await openStaffPage(clerk, server.url, `/people/${personId}`);
    const panel = clerk.locator('#action-offsite-form');
    const button = panel.getByRole('button', { name: '下载认证表（PDF）' });
    await button.waitFor();
    const [download] = await Promise.all([clerk.waitForEvent('download'), button.click()]);
    pdfPath = join(w.dir, download.suggestedFilename());
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await seriousViolations(clerk)).toEqual([]);
  });

  it('finds the person from the QR code of a returned form', async () => {
    const { clerk, server, personId } = w;
    await openStaffPage(clerk, server.url, '/paper-proofs/receive');
    await clerk.fill('#receive-reference', 'LCF1.2018.not-a-real-reference');
    await clerk.getByRole('button', { name: '查找' }).click();
    await clerk.locator('[role=alert][data-code=offsite_form_reference_invalid]').waitFor();
    expect(await seriousViolations(clerk)).toEqual([]);
    // What the barcode reader types: the reference printed in the QR code.
    await clerk.fill('#receive-reference', offsiteFormReference(E2E_SECRET, personId, 2018));
    await clerk.getByRole('button', { name: '查找' }).click();
    await clerk.waitForURL(new RegExp(`/staff/people/${personId}$`));
    await clerk.locator('#action-offsite-form #offsite-scan').waitFor();
  });

  it('records the stamped form with its scan', async () => {
    const { clerk } = w;
    const panel = clerk.locator('#action-offsite-form');
    await panel.locator('#offsite-scan').setInputFiles(pdfPath);
    await panel.getByRole('button', { name: '登记收件' }).click();
    await panel.getByRole('status').filter({ hasText: '已登记' }).waitFor();
    await panel.getByText('已有材料待审核').waitFor();
    expect(await seriousViolations(clerk)).toEqual([]);
  });

  it('a reviewer approves it from the queue and the person is certified', async () => {
    const { reviewer } = w;
    await openProofFromQueue(w, NAME);
    await reviewer.getByRole('link', { name: '打开扫描件（PDF）' }).waitFor();
    expect(await seriousViolations(reviewer)).toEqual([]);
    await reviewer.getByRole('button', { name: '审核通过（完成认证）' }).click();
    const done = reviewer.getByTestId('paper-decided');
    await done.waitFor();
    expect(await done.textContent()).toMatch(/已审核通过，认证编号 .+2018-/);
    expect(await reviewer.getByTestId('paper-state').textContent()).toBe('已通过');

    const certs = await certificationsOf(w);
    expect(certs).toEqual([
      { channel: 'offsite_form', method: 'form', operator_id: w.server.staffIds.reviewer },
    ]);
  });
});
