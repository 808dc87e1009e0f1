// Overseas document review in Debian's Chromium against the real server: a counter clerk records a
// Macao proof of life received by proxy (a too-old one is refused with the reason on screen), a
// reviewer approves it, and the person is certified through the overseas_document channel.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certificationsOf,
  closePaperWorld,
  openProofFromQueue,
  startPaperWorld,
  type PaperWorld,
} from './support/paper-world.ts';
import { logInAsStaff, openStaffPage, seriousViolations } from './support/staff-browser.ts';

const NAME = '黄志明';
// A 1x1 PNG: the server reads the type from these bytes.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('overseas document', { timeout: 120_000 }, () => {
  let w: PaperWorld;
  let scanPath = '';

  beforeAll(async () => {
    w = await startPaperWorld({ name: NAME, residence: 'abroad', region: 'MO' });
    scanPath = join(w.dir, 'proof-of-life.png');
    writeFileSync(scanPath, Buffer.from(PNG, 'base64'));
  }, 300_000);

  afterAll(() => closePaperWorld(w));

  const fill = async (issuedOn: string) => {
    const panel = w.clerk.locator('#action-overseas-document');
    await panel.locator('#overseas-type').selectOption('mo-civic-bureau-life-certificate');
    await panel.locator('#overseas-delivery').selectOption('proxy');
    await panel.locator('#overseas-issuer').fill('澳门民政总署');
    await panel.locator('#overseas-issued-on').fill(issuedOn);
    await panel.locator('#overseas-scan').setInputFiles(scanPath);
    await panel.getByRole('button', { name: '登记材料' }).click();
    return panel;
  };

  it('offers the Macao documents and refuses one issued too long ago', async () => {
    const { clerk, server, personId } = w;
    await logInAsStaff(clerk, server.url, 'counter');
    await openStaffPage(clerk, server.url, `/people/${personId}`);
    const panel = clerk.locator('#action-overseas-document');
    await panel.getByText('居住国家或地区：MO').waitFor();
    const options = await panel
      .locator('#overseas-type option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).toEqual([
      'mo-trade-union-life-certificate',
      'mo-civic-bureau-life-certificate',
    ]);
    expect(await seriousViolations(clerk)).toEqual([]);

    await fill('2017-12-01');
    const alert = panel.locator('[role=alert][data-code=overseas_document_too_old]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('有效期');
  });

  it('records a valid document for review', async () => {
    const panel = await fill('2018-07-15');
    await panel.getByRole('status').filter({ hasText: '已登记' }).waitFor();
    await panel.getByText('已有材料待审核').waitFor();
  });

  it('a reviewer approves it and the person is certified', async () => {
    const { reviewer } = w;
    await openProofFromQueue(w, NAME);
    await reviewer.getByRole('img', { name: '扫描件' }).waitFor();
    expect(await reviewer.getByText('澳门民政总署').count()).toBe(1);
    expect(await seriousViolations(reviewer)).toEqual([]);
    await reviewer.getByRole('button', { name: '审核通过（完成认证）' }).click();
    await reviewer.getByTestId('paper-decided').waitFor();

    const certs = await certificationsOf(w);
    expect(certs).toEqual([
      { channel: 'overseas_document', method: 'document', operator_id: w.server.staffIds.reviewer },
    ]);
  });
});
