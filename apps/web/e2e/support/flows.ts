// What a person does, step by step, in the Chinese interface (the default).
import type { Page, Response } from 'playwright-core';
import { zh } from '../../src/i18n/strings-zh.ts';

export type Login = { idNumber: string; password: string };

/** Logs in typing the ID number as people do: a final X as a lower-case x. */
export async function logIn(page: Page, url: string, who: Login): Promise<void> {
  await page.goto(`${url}/login`);
  await page.fill('#idNumber', who.idNumber.toLowerCase());
  await page.fill('#password', who.password);
  await page.click('button[type=submit]');
  await page.waitForURL((u) => u.pathname !== '/login', { timeout: 20_000 });
  if (new URL(page.url()).pathname === '/password') {
    await page.getByRole('button', { name: zh.later }).click();
  }
  if (new URL(page.url()).pathname === '/contact') {
    await page.fill('#contactName', '李四');
    await page.fill('#mobile', '138 0013 8000');
    await page.fill('#address', '洛阳市老城区测试路 1 号 3 单元 401 室');
    await page.click('button[type=submit]');
  }
  await page.waitForURL('**/me');
}

/** From Me through the notice and tips to the camera, then one recorded attempt. */
export async function certifyOnce(page: Page): Promise<{
  decision: string;
  codes: string[];
  prompts: string[];
  /** what the server said and what the page sent, for a failure's message */
  sent: string;
}> {
  await page.getByRole('link', { name: zh.certifyNow }).click();
  await page.waitForURL('**/consent');
  await page.getByRole('link', { name: zh.consentAgree }).click();
  await page.waitForURL('**/tips');
  await page.getByRole('link', { name: zh.tipsReady }).click();
  await page.waitForURL('**/certify');
  const start = page.getByRole('button', { name: zh.startCertify });
  await start.waitFor();
  // Records each prompt the page shows, in order, as the steps change.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { prompts: string[] }).prompts = seen;
    new MutationObserver(() => {
      const a = document.querySelector('[data-testid=prompt]')?.getAttribute('data-action');
      if (a && seen[seen.length - 1] !== a) seen.push(a);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  // Settled either way, so a take that never reaches the server leaves no rejection behind.
  const exchange = page
    .waitForResponse((r) => new URL(r.url()).pathname.endsWith('/recording'), { timeout: 90_000 })
    .catch(() => null);
  await start.click();
  const result = page.getByTestId('result');
  const ended = page.locator('[data-testid=result], .alert[role=alert]').first();
  await ended.waitFor({ timeout: 90_000 });
  if (!(await result.count())) throw new Error(`no result: ${await ended.textContent()}`);
  const decision = (await result.getAttribute('data-decision')) ?? '';
  const codes = await page
    .locator('[data-testid=reasons] li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  const prompts = await page.evaluate(() => (window as unknown as { prompts: string[] }).prompts);
  return { decision, codes, prompts, sent: await summarise(await exchange) };
}

/** The frames' times and steps, and the server's reasons, in one line. */
async function summarise(response: Response | null): Promise<string> {
  if (!response) return 'no recording was sent';
  const body = response.request().postDataJSON() as {
    frames?: { t: number; step: number }[];
  } | null;
  const frames = (body?.frames ?? []).map((f) => `${f.step}@${f.t}`).join(' ');
  return `frames ${frames}; response ${await response.text().catch(() => '?')}`;
}
