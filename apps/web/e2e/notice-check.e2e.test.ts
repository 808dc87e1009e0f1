// The notice-code check, reachable without logging in (from the login and help pages), and the
// suspension notice a suspended person sees after logging in; in Chromium against the real
// server, with accessibility (axe), 200% text and 48 px targets checked on each state.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeCode } from '@lifecert/core';
import { en } from '../src/i18n/strings-en.ts';
import { zh } from '../src/i18n/strings-zh.ts';
import {
  launch,
  overflowsSideways,
  phoneContext,
  seriousViolations,
  setTextScale,
  smallTargets,
} from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2e-server.ts';
import { makeIdNumber, seedPensioner } from '../../server/src/routes/self-service/test-fixtures.ts';

// The key startE2eServer gives the app; codes minted with it verify, any other code does not.
const NOTICE_SECRET = 'e2e-notice-secret';

describe('checking an SMS notice, and the suspension notice', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let genuineCode: string;
  let campaignId: string;

  async function checkScreen(page: Page, name: string) {
    expect(await seriousViolations(page), name).toEqual([]);
    expect(await smallTargets(page), name).toEqual([]);
    await setTextScale(page, 2);
    expect(await overflowsSideways(page), `${name} at 200%`).toBe(false);
    await setTextScale(page, 1);
  }

  const result = (page: Page) => page.getByTestId('notice-result');

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer({ face: false }), launch()]);
    context = await phoneContext(browser, server.url);
    const db = server.db;
    campaignId = (await sql<{ id: string }>`select id from campaigns where year = 2018`.execute(db))
      .rows[0]!.id;
    const person = await seedPensioner(db, { idNumber: makeIdNumber(901), contact: true });
    const id = randomUUID();
    genuineCode = noticeCode(NOTICE_SECRET, id);
    await sql`insert into sms_notices (id, campaign_id, pensioner_id, kind, code, state,
        next_attempt_at, created_at, sent_at)
      values (${id}, ${campaignId}, ${person.id}, 'reminder', ${genuineCode}, 'sent',
        '2018-07-01T01:00:00Z', '2018-07-01T01:00:00Z', '2018-07-01T01:00:05Z')`.execute(db);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is reached from the login page without logging in, and tells a genuine code', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: zh.noticeCheckLink }).click();
    await page.waitForURL('**/notice-check');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(zh.noticeCheckTitle);
    await checkScreen(page, 'notice check');

    // Typed the way people copy it: lower case, with a space and a dash.
    const typed = `${genuineCode.slice(0, 3).toLowerCase()} ${genuineCode.slice(3, 5)}-${genuineCode.slice(5)}`;
    await page.fill('#noticeCode', typed);
    await page.getByRole('button', { name: zh.noticeCheck }).click();
    await result(page).waitFor();
    expect(await result(page).getAttribute('data-genuine')).toBe('true');
    const text = (await result(page).textContent()) ?? '';
    expect(text).toContain(zh.noticeGenuine);
    expect(text).toContain(zh.noticeKind_reminder);
    expect(text).toContain('2018年7月1日');
    expect(await page.inputValue('#noticeCode')).toBe(genuineCode);
    await checkScreen(page, 'genuine notice');
    await page.close();
  });

  it('warns about a code we never sent, and refuses a malformed one without asking the server', async () => {
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/public/notices/')) asked.push(r.url());
    });
    await page.goto(`${server.url}/help`);
    await page.getByRole('link', { name: zh.noticeCheckLink }).click();
    await page.waitForURL('**/notice-check');

    await page.fill('#noticeCode', '1O');
    await page.getByRole('button', { name: zh.noticeCheck }).click();
    expect(await page.locator('#noticeCode-error').textContent()).toBe(zh.noticeCodeFormat);
    expect(asked).toEqual([]);
    await checkScreen(page, 'malformed code');

    // A well-formed code that is not the genuine one (the alphabet has no 0, 1, I, L or O).
    const forged = genuineCode === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
    await page.fill('#noticeCode', forged);
    await page.getByRole('button', { name: zh.noticeCheck }).click();
    await result(page).waitFor();
    expect(await result(page).getAttribute('data-genuine')).toBe('false');
    expect(await result(page).textContent()).toContain(zh.noticeUnknown);
    expect(asked).toHaveLength(1);
    await checkScreen(page, 'unknown code');
    await page.close();
  });

  it('speaks English on request', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/notice-check`);
    await page.getByRole('button', { name: zh.langToggleLabel }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en.noticeCheckTitle);
    await page.fill('#noticeCode', genuineCode);
    await page.getByRole('button', { name: en.noticeCheck }).click();
    await result(page).waitFor();
    const text = (await result(page).textContent()) ?? '';
    expect(text).toContain(en.noticeGenuine);
    expect(text).toContain(en.noticeKind_reminder);
    expect(text).toContain('July 1, 2018');
    await checkScreen(page, 'genuine notice in English');
    await page.getByRole('button', { name: en.langToggleLabel }).click();
    await page.close();
  });

  it('shows a suspended person why payment stopped and what to do', async () => {
    const idNumber = makeIdNumber(902);
    const person = await seedPensioner(server.db, {
      idNumber,
      contact: true,
      benefitStatus: 'suspended',
    });
    const batchId = randomUUID();
    const at = '2018-07-02T01:00:00Z';
    await sql`insert into payment_batches (id, kind, campaign_id, state, as_of, created_at, committed_at)
      values (${batchId}, 'suspension', ${campaignId}, 'committed', ${at}, ${at}, ${at})`.execute(
      server.db,
    );
    await sql`insert into benefit_status_changes (pensioner_id, from_status, to_status, reason,
        batch_id, campaign_id, effective_on, at)
      values (${person.id}, 'active', 'suspended', 'not_certified', ${batchId}, ${campaignId},
        '2018-08-01', ${at})`.execute(server.db);

    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('#idNumber', idNumber);
    await page.fill('#password', idNumber.slice(-6));
    await page.click('button[type=submit]');
    await page.waitForURL('**/password');
    await page.getByRole('button', { name: zh.later }).click();
    await page.waitForURL('**/me');
    const notice = page.getByTestId('benefit-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(zh.benefitSuspendedTitle);
    expect(text).toContain('暂停发放');
    expect(text).toContain(zh.benefitSuspendedWhatToDo);
    await checkScreen(page, 'me, suspended');
    await page.getByRole('button', { name: zh.langToggleLabel }).click();
    expect(await notice.textContent()).toContain(en.benefitSuspendedTitle);
    expect(await notice.textContent()).toContain('suspended from 2018-08-01');
    await page.getByRole('button', { name: en.langToggleLabel }).click();
    await page.close();
  });
});
