// The certification flow in Debian's Chromium with a fake camera fed from generated videos,
// against the real server and face engine: a genuine take certifies, each attack fails for its
// own reason, ten failures close self-service, and logging out leaves nothing behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { zh } from '../src/i18n/strings-zh.ts';
import {
  launch,
  phoneContext,
  recordSpeech,
  seriousViolations,
  spokenOn,
} from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2e-server.ts';
import { certifyOnce, logIn, type Login } from './support/flows.ts';
import { sharedFacesDir, videosFor } from './support/videos.ts';

const faces = sharedFacesDir();
const challenge = ['nod', 'blink', 'mouth'] as const;

describe.skipIf(!faces)('certification with the camera', { timeout: 180_000 }, () => {
  let server: E2eServer;
  let videos: Record<'genuine' | 'photo' | 'order' | 'dark' | 'impostor', string>;
  let alice: Login;
  let bob: Login;
  const browsers: Browser[] = [];

  const photo = (name: string) => new Uint8Array(readFileSync(join(faces!, name)));

  beforeAll(async () => {
    const own = photo('obama.jpg');
    [server, videos] = await Promise.all([
      startE2eServer({ face: true }),
      videosFor({
        genuine: { photo: own, challenge, kind: 'genuine' },
        photo: { photo: own, challenge, kind: 'photo' },
        order: { photo: own, challenge, kind: 'order' },
        dark: { photo: own, challenge, kind: 'dark' },
        impostor: { photo: photo('biden.jpg'), challenge, kind: 'genuine' },
      }),
    ]);
    // Both are registered with another photo of the person in the videos.
    alice = await server.addPensioner({
      name: '王秀英',
      photo: photo('obama2.jpg'),
      checkDigitX: true,
    });
    bob = await server.addPensioner({ name: '刘建国', photo: photo('obama2.jpg') });
  }, 420_000);

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await server?.close();
  });

  async function phone(video: string): Promise<Page> {
    const browser = await launch(video);
    browsers.push(browser);
    const context = await phoneContext(browser, server.url);
    return context.newPage();
  }

  it('certifies a genuine take, shows the photo and number, and forgets the person on log out', async () => {
    const page = await phone(videos.genuine);
    await recordSpeech(page);
    await logIn(page, server.url, alice);
    const r = await certifyOnce(page);
    expect(r.prompts).toEqual([...challenge]);
    expect(r.codes, r.sent).toEqual([]);
    expect(r.decision).toBe('pass');
    // Each prompt was spoken as well as shown, and so was the outcome.
    const said = await spokenOn(page);
    for (const prompt of [zh.actionNod, zh.actionBlink, zh.actionMouth]) {
      expect(said).toContain(prompt);
    }
    expect(said.at(-1)).toBe(`${zh.successTitle} ${zh.successText}`);
    const number = await page.getByTestId('certificate-no').textContent();
    expect(number).toMatch(/\S+/);
    const img = page.getByRole('img', { name: zh.certifiedPhoto });
    await img.waitFor();
    const photoUrl = (await img.getAttribute('src'))!;
    expect(photoUrl).toMatch(/^blob:/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: zh.done }).click();
    await page.waitForURL('**/me');
    await expect
      .poll(() => page.getByTestId('status').getAttribute('data-status'))
      .toBe('certified');
    expect(await page.getByTestId('history').textContent()).toContain(number!);
    expect(await page.getByTestId('history').textContent()).toContain(zh.channel_self_service);

    await page.getByRole('button', { name: zh.logout }).click();
    await page.waitForURL('**/login');
    await page.locator('#idNumber').waitFor();
    const traces = await page.evaluate(async (url) => {
      const cacheEntries: string[] = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) cacheEntries.push(req.url);
      }
      let photoStillReadable = true;
      try {
        await fetch(url);
      } catch {
        photoStillReadable = false;
      }
      return {
        session: Object.keys(sessionStorage),
        local: Object.keys(localStorage),
        cacheEntries,
        databases: (await indexedDB.databases()).map((d) => d.name),
        photoStillReadable,
        cameraLive: document.querySelectorAll('video').length,
      };
    }, photoUrl);
    expect(traces.session).toEqual([]);
    expect(traces.local.filter((k) => k !== 'lifecert.lang')).toEqual([]);
    expect(traces.cacheEntries.filter((u) => new URL(u).pathname.startsWith('/api/'))).toEqual([]);
    expect(traces.databases).toEqual([]);
    expect(traces.photoStillReadable).toBe(false);
    expect(traces.cameraLive).toBe(0);
    expect(await page.context().cookies()).toEqual([]);
    // The next person starts from a clean login screen.
    expect(await page.inputValue('#idNumber')).toBe('');
  });

  it.each([
    ['photo', ['no_parallax', 'action_not_detected', 'no_motion']],
    ['order', ['action_out_of_order']],
    ['impostor', ['no_match']],
  ] as const)('refuses the %s recording and says why', async (kind, expected) => {
    const page = await phone(videos[kind]);
    await recordSpeech(page);
    await logIn(page, server.url, bob);
    const r = await certifyOnce(page);
    expect(r.decision).toBe('fail');
    expect(
      r.codes.some((c) => (expected as readonly string[]).includes(c)),
      r.sent,
    ).toBe(true);
    const reasons = await page.getByTestId('reasons').locator('li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    // The reasons are read out too, after the title, and again on request.
    const said = await spokenOn(page);
    expect(said.at(-1)).toMatch(new RegExp(`^${zh.failTitle} `));
    for (const reason of reasons) expect(said.at(-1)).toContain(reason);
    await page.getByTestId('read-aloud').click();
    expect((await spokenOn(page)).slice(-2)).toEqual([said.at(-1), said.at(-1)]);
    expect(await page.getByTestId('attempts-left').textContent()).toMatch(/还可以再试 \d+ 次/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a dark recording as the tenth failure, and shows where to go instead', async () => {
    // Attempts 4-9 through the API with a useless recording; the tenth through the page.
    const grey = (
      await sharp({ create: { width: 64, height: 48, channels: 3, background: '#777' } })
        .jpeg()
        .toBuffer()
    ).toString('base64');
    const login = await fetch(`${server.url}/api/self/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(bob),
    });
    const { token } = (await login.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const json = { ...auth, 'content-type': 'application/json' };
    let left = -1;
    for (let i = 0; i < 6; i++) {
      const issued = await fetch(`${server.url}/api/self/challenges`, {
        method: 'POST',
        headers: auth,
      });
      const chText = await issued.text();
      expect(issued.status, chText).toBe(200);
      const ch = JSON.parse(chText) as { challengeId: string };
      const res = await fetch(`${server.url}/api/self/challenges/${ch.challengeId}/recording`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          frames: [0, 1, 2].map((step) => ({ t: step * 100, step, jpeg: grey })),
        }),
      });
      const body = await res.text();
      expect(res.status, body).toBe(200);
      left = (JSON.parse(body) as { attemptsLeft: number }).attemptsLeft;
    }
    expect(left).toBe(1);

    const page = await phone(videos.dark);
    await recordSpeech(page);
    await logIn(page, server.url, bob);
    const r = await certifyOnce(page);
    expect(r.decision).toBe('fail');
    expect(r.codes, r.sent).toContain('too_dark');
    const alternatives = page.getByTestId('alternatives');
    await alternatives.waitFor();
    expect(await page.getByRole('heading', { name: zh.closedTitle }).count()).toBe(1);
    const reasons = await page.getByTestId('reasons').locator('li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    const said = (await spokenOn(page)).at(-1);
    expect(said).toMatch(new RegExp(`^${zh.closedTitle} .*${zh.closedText}$`));
    for (const reason of reasons) expect(said).toContain(reason);
    expect(await page.getByTestId('home-visit-fee').textContent()).toContain('25');
    expect(await alternatives.textContent()).toContain('中国工商银行');
    expect(await seriousViolations(page)).toEqual([]);

    // Me no longer offers the camera, and names the same places.
    await page.goto(`${server.url}/me`);
    await page.getByTestId('status').waitFor();
    expect(await page.getByRole('link', { name: zh.certifyNow }).count()).toBe(0);
    expect(await page.getByText(zh.selfServiceClosed).count()).toBe(1);
  });
});
