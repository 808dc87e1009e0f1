// The console's shell in Debian's Chromium against the real server: log in, find a person, open
// their page, record an in-person ID check, switch language, log out; axe on every page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deskPage,
  logInAsStaff,
  overflowsSideways,
  seriousViolations,
} from './support/staff-browser.ts';
import { startStaffE2eServer, type StaffE2eServer } from './support/staff-server.ts';

describe('staff console shell', { timeout: 120_000 }, () => {
  let server: StaffE2eServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startStaffE2eServer({ face: false });
    await server.addPensioner({ name: '赵玉兰' });
    await server.addPensioner({ name: '赵振华' });
    ({ browser, page } = await deskPage(server.url));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs in, in Chinese by default, and shows who is at the desk', async () => {
    await page.goto(`${server.url}/staff/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('工作人员登录');
    expect(await seriousViolations(page)).toEqual([]);
    // The language can be chosen before logging in.
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Staff log in');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('工作人员登录');

    await page.fill('#username', 'counter');
    await page.fill('#password', 'wrong password');
    await page.click('button[type=submit]');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[\u4e00-\u9fff]/);

    await logInAsStaff(page, server.url, 'counter');
    await page.waitForURL('**/staff/search');
    const who = await page.getByTestId('who').textContent();
    expect(who).toContain('窗口经办员');
    expect(await page.getByTestId('role').textContent()).toBe('经办窗口');
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toContain(
      '查找人员',
    );
  });

  it('finds people by name, opens one, and records an in-person ID check', async () => {
    await page.fill('#q', '赵');
    await page.getByRole('button', { name: '查找' }).click();
    await page.getByTestId('results').waitFor();
    expect(await page.locator('[data-testid=results] tbody tr').count()).toBe(2);
    // Districts are named from the profile, not shown as their GB/T 2260 codes.
    const firstRow = page.locator('[data-testid=results] tbody tr').first();
    await expect.poll(() => firstRow.textContent()).toMatch(/区/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowsSideways(page)).toBe(false);

    await page.getByRole('link', { name: '赵玉兰' }).click();
    await page.waitForURL('**/staff/people/*');
    const status = page.getByTestId('status');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('pending');
    // The deadline reads as a date in the clerk's language, not as a timestamp.
    expect(await page.getByTestId('campaign').textContent()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(await seriousViolations(page)).toEqual([]);

    // A too-short reason is refused in the clerk's language, nothing is recorded.
    await page.fill('#id-check-reason', 'x');
    await page.evaluate(() =>
      document.querySelector('#id-check-reason')!.removeAttribute('minlength'),
    );
    await page.getByRole('button', { name: '记录现场核验' }).click();
    await page.locator('#action-id-check [role=alert]').waitFor();
    expect(await status.getAttribute('data-status')).toBe('pending');

    await page.fill('#id-check-reason', '面部识别多次失败，已核对身份证原件');
    await page.getByRole('button', { name: '记录现场核验' }).click();
    await page.getByTestId('id-check-done').waitFor();
    await expect.poll(() => status.getAttribute('data-status')).toBe('certified');
    expect(await page.locator('[data-testid=history] tr[data-channel=counter]').count()).toBe(1);

    // Back returns to the same results; a reload keeps the session and the page.
    await page.goBack();
    await page.getByTestId('results').waitFor();
    await page.reload();
    await page.getByTestId('results').waitFor();
  });

  it('reopens self-service for a person who used up the attempts', async () => {
    const db = server.db;
    const who = await db
      .selectFrom('pensioners')
      .select('id')
      .where('name', '=', '赵振华')
      .executeTakeFirstOrThrow();
    const campaign = await db.selectFrom('campaigns').select('id').executeTakeFirstOrThrow();
    const at = new Date(Date.parse('2018-08-01T01:00:00Z'));
    await db
      .insertInto('self_service_attempts')
      .values(
        Array.from({ length: 10 }, () => ({
          pensioner_id: who.id,
          campaign_id: campaign.id,
          started_at: at,
          finished_at: at,
          outcome: 'failed' as const,
        })),
      )
      .execute();
    await page.goto(`${server.url}/staff/people/${who.id}`);
    const open = page.getByTestId('self-service');
    await open.waitFor();
    expect(await open.getAttribute('data-open')).toBe('false');
    expect(await page.getByTestId('attempts').textContent()).toContain('10');
    await page.getByRole('button', { name: '重新开放自助认证' }).click();
    await expect.poll(() => open.getAttribute('data-open')).toBe('true');
    expect(await page.locator('#action-reopen [role=status]').textContent()).toMatch(/\d/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('switches to English, keeps it, and shows server errors in English', async () => {
    await page.goto(`${server.url}/staff/search`);
    await page.locator('#q').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Find a person');
    await page.reload();
    await page.getByRole('heading', { name: 'Find a person' }).waitFor();
    await page.goto(`${server.url}/staff/people/00000000-0000-4000-8000-000000000000`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[a-z]/i);
    expect(await alert.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('works at 200% zoom without sideways scrolling', async () => {
    await page.goto(`${server.url}/staff/search?q=${encodeURIComponent('赵')}`);
    await page.getByTestId('results').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 640,
      height: 400,
      deviceScaleFactor: 2,
      mobile: false,
    });
    expect(await overflowsSideways(page)).toBe(false);
    expect(await page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(true);
    await cdp.send('Emulation.clearDeviceMetricsOverride');
  });

  it('logs out, forgetting the token; a dead session returns to the login page', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.locator('#username').waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);

    await logInAsStaff(page, server.url, 'reviewer');
    // Let the landing page finish its own calls first: ending the session under one of them
    // would send the page back to the login form before the search below.
    await page.locator('#q').waitFor();
    await page.waitForLoadState('networkidle');
    // The server ends the session (as at expiry); the next call answers 401.
    await server.db.deleteFrom('sessions').execute();
    await page.fill('#q', '赵');
    await page.getByRole('button', { name: '查找' }).click();
    await page.locator('#username').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('登录已过期');
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  });
});
