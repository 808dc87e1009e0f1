// Every screen at a phone's size, in Chromium against the real server (no face engine needed):
// login rules and lockout, contact validation, accessibility (axe), 200% text, the language
// switch, the installable shell and its offline start, the poster, the help page, and how fast
// the first screen is usable on a slow phone and network.
import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { preCameraBytes } from '../scripts/bundle-size.ts';
import { startE2eServer, type E2eServer } from './support/e2e-server.ts';
import { logIn } from './support/flows.ts';

describe('the pensioner app in the browser', { timeout: 90_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer({ face: false }), launch()]);
    context = await phoneContext(browser, server.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** axe, 200% text without sideways scrolling, and 48 px targets, on the page as it stands */
  async function checkScreen(page: Page, name: string) {
    expect(await seriousViolations(page), name).toEqual([]);
    expect(await smallTargets(page), name).toEqual([]);
    await setTextScale(page, 2);
    expect(await overflowsSideways(page), `${name} at 200%`).toBe(false);
    expect(await smallTargets(page), `${name} at 200%`).toEqual([]);
    await setTextScale(page, 1);
  }

  it('walks a new person through login, password, contact and the consent and tips screens', async () => {
    const who = await server.addPensioner({ name: '赵桂兰', checkDigitX: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL('**/login');
    await checkScreen(page, 'login');
    const bodySize = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.body).fontSize),
    );
    expect(bodySize).toBeGreaterThanOrEqual(18);

    await page.fill('#idNumber', who.idNumber.toLowerCase());
    await page.fill('#password', who.password);
    await page.click('button[type=submit]');
    await page.waitForURL('**/password');
    await checkScreen(page, 'password');
    await page.getByRole('button', { name: zh.later }).click();

    await page.waitForURL('**/contact');
    await page.fill('#contactName', '赵小明');
    await page.fill('#mobile', '1380013');
    await page.fill('#address', '洛阳市西工区测试街 5 号');
    await page.click('button[type=submit]');
    expect(await page.locator('#mobile-error').textContent()).toBe(zh.mobileInvalid);
    await checkScreen(page, 'contact with an error');
    await page.fill('#mobile', '+86 139 0000 1111');
    await page.click('button[type=submit]');
    await page.waitForURL('**/me');
    await page.getByTestId('status').waitFor();
    expect(await page.getByTestId('status').getAttribute('data-status')).toBe('pending');
    expect(await page.textContent('main')).toContain('13900001111');
    // Living in the city: no paper form on offer.
    expect(await page.getByTestId('offsite-form').count()).toBe(0);
    await checkScreen(page, 'me');

    await page.getByRole('link', { name: zh.certifyNow }).click();
    await page.waitForURL('**/consent');
    await checkScreen(page, 'consent');
    await page.getByRole('link', { name: zh.consentAgree }).click();
    await page.waitForURL('**/tips');
    expect(await page.locator('.tips svg').count()).toBe(4);
    await checkScreen(page, 'tips');
    await page.getByRole('link', { name: zh.tipsReady }).click();
    await page.waitForURL('**/certify');
    await page.getByRole('button', { name: zh.startCertify }).waitFor();
    await checkScreen(page, 'camera');

    // Contact details stay editable later.
    await page.goto(`${server.url}/contact`);
    await expect.poll(() => page.inputValue('#mobile')).toBe('13900001111');
    await page.close();
  });

  it('says when a locked login may retry and where to get help', async () => {
    const who = await server.addPensioner({ name: '孙志强' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('#idNumber', who.idNumber);
    for (let i = 0; i < 5; i++) {
      await page.fill('#password', '000000');
      await page.click('button[type=submit]');
      await page.getByRole('alert').filter({ hasText: zh.loginFailed }).waitFor();
    }
    await page.fill('#password', who.password);
    await page.click('button[type=submit]');
    const alert = page.getByRole('alert').filter({ hasText: '锁定' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/2018年8月1日/);
    expect(text).toContain(zh.loginHelp);
    expect(text).toContain('洛阳市');
    await checkScreen(page, 'locked login');
    await page.close();
  });

  it('switches between Chinese and English with one visible button', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(zh.loginTitle);
    await page.getByRole('button', { name: zh.langToggleLabel }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en.loginTitle);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkScreen(page, 'login in English');
    await page.getByRole('button', { name: en.langToggleLabel }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(zh.loginTitle);
    await page.close();
  });

  it('answers the reference questions from the profile on the help page', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/help`);
    await expect.poll(() => page.getByTestId('window').textContent()).toContain('2018年7月1日');
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('2018年10月31日');
    expect(text).toContain('每人 25 元');
    expect(text).toContain('每人 20 元');
    expect(text).toContain('中国银行');
    expect(text).toContain(zh.helpWho);
    await checkScreen(page, 'help');
    await page.close();
  });

  it('offers a person living elsewhere their offsite form, and the help page the paper route', async () => {
    const who = await server.addPensioner({ name: '钱玉芬' });
    await sql`update pensioners set residence = 'elsewhere', residence_region = '郑州市'
      where id_number = ${who.idNumber}`.execute(server.db);
    const page = await context.newPage();
    await logIn(page, server.url, who);
    await page.getByTestId('offsite-form').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: zh.offsiteFormDownload }).click(),
    ]);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await checkScreen(page, 'me, living elsewhere');

    await page.goto(`${server.url}/help`);
    const postTo = page.getByTestId('offsite-post-to');
    await expect.poll(() => postTo.textContent()).toContain('471000');
    expect(await page.textContent('main')).toContain('异地居住人员领取基本养老保险待遇资格认证表');
    await page.close();
  });

  it('prints a poster with a QR code of the app address', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/poster`);
    const qr = page.getByTestId('qr');
    await qr.waitFor();
    expect(await page.getByTestId('poster-url').textContent()).toBe(`${server.url}/`);
    expect(await qr.getAttribute('aria-label')).toBe(`${server.url}/`);
    const modules = await qr.evaluate(
      (svg) => svg.querySelector('path')!.getAttribute('d')!.length,
    );
    expect(modules).toBeGreaterThan(1000);
    await checkScreen(page, 'poster');
    await page.close();
  });

  it('installs: manifest and icons, and a service worker that opens the shell offline', async () => {
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as {
      icons: { src: string }[];
      start_url: string;
    };
    expect(manifest.start_url).toBe('/');
    for (const icon of manifest.icons) {
      expect((await fetch(`${server.url}${icon.src}`)).status, icon.src).toBe(200);
    }
    const ctx = await phoneContext(browser, server.url);
    const page = await ctx.newPage();
    await page.goto(`${server.url}/login`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Reload once so the worker controls the page and has seen its scripts.
    await page.reload();
    await page.locator('#idNumber').waitFor();
    await ctx.setOffline(true);
    await page.goto(`${server.url}/help`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(zh.helpTitle);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys())
          urls.push(new URL(req.url).pathname);
      }
      return urls;
    });
    expect(cached.some((u) => u.startsWith('/assets/'))).toBe(true);
    expect(cached.filter((u) => u.startsWith('/api/'))).toEqual([]);
    await ctx.close();
  });

  it('downloads at most 250 KB (gzip) before the camera step', async () => {
    const report = await preCameraBytes(server.dist);
    console.log(`before the camera step: ${report.totalGzipBytes} gzip bytes`);
    expect(report.totalGzipBytes).toBeLessThanOrEqual(250 * 1024);
    // The camera code is not among them: it loads when its screen opens.
    expect(report.files.some((f) => f.path.includes('certify'))).toBe(false);
  });

  it('is usable within seconds on slow 3G with a 4x slower CPU', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    // Chrome DevTools' "Slow 3G": 400 kbit/s each way, 2 s round trips.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 2000,
      downloadThroughput: 50_000,
      uploadThroughput: 50_000,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const started = Date.now();
    await page.goto(`${server.url}/login`, { waitUntil: 'commit', timeout: 60_000 });
    await page.locator('#idNumber').waitFor({ timeout: 60_000 });
    // Interactive: the field takes typing and the main thread answers.
    await page.fill('#idNumber', '1');
    const ms = Date.now() - started;
    console.log(`time to interactive on slow 3G, CPU 4x: ${ms} ms`);
    expect(ms).toBeLessThan(20_000);
    await ctx.close();
  });
});
