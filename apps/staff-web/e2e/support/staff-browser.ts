// A desk browser for the console: Debian's Chromium (apps/web's launcher, optionally with a fake
// camera playing a .y4m), a 1280x800 window in Chinese, and the steps every staff test takes.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../../../web/e2e/support/browser.ts';
import { staffPassword, type StaffAccountName } from './staff-server.ts';

export { launch, seriousViolations, overflowsSideways } from '../../../web/e2e/support/browser.ts';

export const DESK = { width: 1280, height: 800 };

export async function deskContext(
  browser: Browser,
  origin: string,
  opts: { locale?: string } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: DESK,
    locale: opts.locale ?? 'zh-CN',
    // axe-core is injected as a script, which the CSP would otherwise refuse
    bypassCSP: true,
  });
  await context.grantPermissions(['camera'], { origin });
  // tsx-compiled callbacks passed to page.evaluate need this shim
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}

/** A fresh browser (camera playing `video` if given) with one desk page. */
export async function deskPage(
  origin: string,
  video?: string,
): Promise<{ browser: Browser; page: Page }> {
  const browser = await launch(video);
  const page = await (await deskContext(browser, origin)).newPage();
  return { browser, page };
}

/** Logs in on /staff as one of the demo-like accounts and waits for the console. */
export async function logInAsStaff(page: Page, url: string, who: StaffAccountName): Promise<void> {
  await page.goto(`${url}/staff/`);
  await page.fill('#username', who);
  await page.fill('#password', staffPassword(who));
  await page.click('button[type=submit]');
  await page.getByTestId('who').waitFor();
}

/** Opens an in-app path (`/search`, `/people/<id>`) of the console, already logged in. */
export async function openStaffPage(page: Page, url: string, path: string): Promise<void> {
  await page.goto(`${url}/staff${path}`);
  await page.locator('main#main').waitFor();
}
