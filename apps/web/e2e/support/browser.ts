import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const PHONE = { width: 360, height: 740 };

const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/** Debian's Chromium with a fake camera playing `video` (a y4m file) when one is given. */
export function launch(video?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...BASE_ARGS, ...(video ? [`--use-file-for-fake-video-capture=${video}`] : [])],
  });
}

/** A phone-sized context; tsx-compiled callbacks passed to page.evaluate need its __name shim. */
export async function phoneContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    // axe-core is injected as a script, which the app's CSP would otherwise refuse
    bypassCSP: true,
  });
  await context.grantPermissions(['camera'], { origin });
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: number };

/** axe-core on the current page; serious and critical violations only. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The browser's text-size setting: the default font size that rem and % sizes scale from. */
export async function setTextScale(page: Page, factor: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * factor } });
}

/** True when nothing sticks out sideways: text that scales must wrap, not scroll. */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}

/** Visible buttons, links styled as buttons, and inputs smaller than 48 CSS px either way. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a.button, input, textarea')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.height < 48 || r.width < 48;
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
}

/**
 * Headless Chromium has no speech voices, so the app would fall back to tones. This gives the
 * page one Chinese and one English voice that write down what they are asked to say instead.
 */
export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    class Utterance {
      voice: unknown = null;
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    }
    const voices = [
      { lang: 'zh-CN', name: 'recorder zh' },
      { lang: 'en-US', name: 'recorder en' },
    ];
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: { getVoices: () => voices, speak: (u: Utterance) => said.push(u.text), cancel() {} },
    });
    Object.defineProperty(window, '__said', { value: said });
  });
}

/** What the page has said since it loaded (see `recordSpeech`). */
export const spokenOn = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __said: string[] }).__said);
