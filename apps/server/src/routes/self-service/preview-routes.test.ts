// Live guidance with the real face engine on generated stills: a good frame, no face, two faces,
// a dark frame, a face far away; and the route's guards (login, JPEG, throttle, no engine).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { synthesiseRecording } from '@lifecert/synth';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaceVerifier, type FacePreviewer } from '../../face/face-verifier.ts';
import type { FaceVerifier } from '@lifecert/core';
import { buildTestApp, type TestApp } from '../../test-app.ts';
import { makeIdNumber, seedCampaign, seedPensioner } from './test-fixtures.ts';
import { PREVIEWS_PER_SECOND } from './preview-routes.ts';

const repoRoot = resolve(import.meta.dirname, '../../../../..');
const faces = resolve(repoRoot, '../shared/data/faces/face-recognition-examples');
const haveFaces = existsSync(faces);
if (!haveFaces) console.warn(`skipping: shared test data not found at ${faces}`);
const read = (name: string) => new Uint8Array(readFileSync(resolve(faces, name)));

/** A frontal frame of a generated head (the synth renders a 3D head from the photo). */
async function headFrame(photo: string): Promise<Buffer> {
  const rec = await synthesiseRecording({ photo: read(photo), challenge: ['gaze'], fps: 2 });
  return Buffer.from(rec.frames[0]!.image);
}

type Reply = { finding: string; problems: string[]; faces: number; faceSize: number };

describe.skipIf(!haveFaces)('POST /api/self/preview', () => {
  let app: TestApp;
  let face: FaceVerifier & FacePreviewer;
  let headers: { authorization: string };
  const stills: Record<string, Buffer> = {};

  beforeAll(async () => {
    face = await startFaceVerifier({ threads: 1 });
    app = await buildTestApp({ face });
    await seedCampaign(app.testDb.db, app.deps.profile);
    const idNumber = makeIdNumber(900);
    await seedPensioner(app.testDb.db, { idNumber, contact: true });
    const login = await app.inject({
      method: 'POST',
      url: '/api/self/login',
      payload: { idNumber, password: idNumber.slice(-6) },
    });
    headers = { authorization: `Bearer ${login.json<{ token: string }>().token}` };

    const one = await headFrame('obama.jpg');
    const other = await headFrame('biden.jpg');
    const half = (b: Buffer) => sharp(b).resize(320, 240).toBuffer();
    const small = (b: Buffer) => sharp(b).resize(128, 96).toBuffer();
    const canvas = () =>
      sharp({ create: { width: 640, height: 480, channels: 3, background: '#605c56' } });
    stills.good = one;
    stills.dark = await sharp(one).linear(0.12, 0).jpeg().toBuffer();
    stills.none = await canvas()
      .composite([
        {
          input: await sharp(one).extract({ left: 0, top: 0, width: 160, height: 480 }).toBuffer(),
          left: 0,
          top: 0,
        },
      ])
      .jpeg()
      .toBuffer();
    stills.two = await canvas()
      .composite([
        { input: await half(one), left: 0, top: 120 },
        { input: await half(other), left: 320, top: 120 },
      ])
      .jpeg()
      .toBuffer();
    stills.far = await canvas()
      .composite([{ input: await small(one), left: 256, top: 192 }])
      .jpeg()
      .toBuffer();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await face?.close();
  });

  const preview = (jpeg: Buffer, h: Record<string, string> = headers) =>
    app.inject({
      method: 'POST',
      url: '/api/self/preview',
      headers: h,
      payload: { jpeg: jpeg.toString('base64') },
    });

  it.each([
    ['good', 'ok'],
    ['none', 'no_face'],
    ['two', 'multiple_faces'],
    ['dark', 'too_dark'],
    ['far', 'face_too_small'],
  ])(
    'a %s still: %s',
    async (name, finding) => {
      // One request a second at most from the test, so the throttle never interferes.
      await new Promise((r) => setTimeout(r, 400));
      const r = await preview(stills[name]!);
      expect(r.statusCode, r.body).toBe(200);
      const body = r.json<Reply>();
      expect(body.finding).toBe(finding);
      if (name === 'two') expect(body.faces).toBe(2);
      if (name === 'good') expect(body).toMatchObject({ problems: [], faces: 1 });
    },
    60_000,
  );

  it('needs a logged-in pensioner', async () => {
    const r = await preview(stills.good!, {});
    expect(r.statusCode).toBe(401);
  });

  it('refuses what is not a JPEG, or a broken one, with a 400', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const png = await sharp(stills.good).resize(160, 120).png().toBuffer();
    expect((await preview(png)).statusCode).toBe(400);
    expect((await preview(stills.good!.subarray(0, 200))).statusCode).toBe(400);
    const big = await app.inject({
      method: 'POST',
      url: '/api/self/preview',
      headers,
      payload: { jpeg: 'A'.repeat(200_000) },
    });
    expect([400, 413]).toContain(big.statusCode);
  });

  it('throttles a session that sends more than a few stills a second', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const junk = Buffer.from('not a jpeg');
    const codes: number[] = [];
    for (let i = 0; i < PREVIEWS_PER_SECOND + 3; i++) {
      const r = await preview(junk);
      codes.push(r.statusCode);
    }
    // Sent back to back, well inside one second: the first few are read, the rest refused.
    expect(codes).toEqual([
      ...Array.from({ length: PREVIEWS_PER_SECOND }, () => 400),
      429,
      429,
      429,
    ]);
  });

  it('answers 503 when the server runs without a face engine', async () => {
    const bare = await buildTestApp();
    try {
      await seedCampaign(bare.testDb.db, bare.deps.profile);
      const idNumber = makeIdNumber(901);
      await seedPensioner(bare.testDb.db, { idNumber, contact: true });
      const login = await bare.inject({
        method: 'POST',
        url: '/api/self/login',
        payload: { idNumber, password: idNumber.slice(-6) },
      });
      const r = await bare.inject({
        method: 'POST',
        url: '/api/self/preview',
        headers: { authorization: `Bearer ${login.json<{ token: string }>().token}` },
        payload: { jpeg: stills.good!.toString('base64') },
      });
      expect(r.statusCode).toBe(503);
    } finally {
      await bare.close();
    }
  });
});
