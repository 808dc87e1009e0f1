// Recording frames on a staff device: the face engine and the kept certification photo get them
// without metadata and upright, whatever the client sent. The face port is a recorder here; the
// real engine on a cleaned photo is in clean-image.test.ts.
import type { CapturedFrame, FaceVerifier } from '@lifecert/core';
import { assistedFaceAttempts } from '@lifecert/db';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferencePhoto } from '../routes/self-service/test-fixtures.ts';
import {
  asStaff,
  startStaffApp,
  type AccountName,
  type StaffWorld,
} from '../routes/staff/test-staff.ts';
import type { TestApp } from '../test-app.ts';
import { jpegSegments } from './jpeg-segments.ts';
import { withJpegMetadata } from './test-images.ts';
import { TINY_JPEG } from './test-jpeg.ts';

let seen: (readonly CapturedFrame[])[] = [];
const recordingFace: FaceVerifier = {
  verify({ frames }) {
    seen.push(frames);
    return Promise.resolve({ decision: 'pass', reasons: [], matchScore: 0.9, bestFrame: 1, ms: 1 });
  },
  close: () => Promise.resolve(),
};

let app: TestApp;
let world: StaffWorld;
let tokens: Record<AccountName, string>;
beforeAll(async () => {
  ({ app, world, tokens } = await startStaffApp({
    face: recordingFace,
    selfService: { nodeEnv: 'test', testPinChallenge: ['nod', 'blink', 'mouth'] },
  }));
  for (const p of ['west', 'east'] as const) {
    await seedReferencePhoto(app.testDb.db, world.personIds[p], TINY_JPEG);
  }
});
afterAll(async () => {
  await app?.close();
});

const base = (personId: string) => `/api/staff/pensioners/${personId}/face-certification`;
const record = async (account: AccountName, personId: string, frames: Uint8Array[]) => {
  const ch = await asStaff(app, tokens[account], 'POST', `${base(personId)}/challenges`);
  expect(ch.statusCode, ch.body).toBe(200);
  const id = ch.json<{ challengeId: string }>().challengeId;
  return asStaff(app, tokens[account], 'POST', `${base(personId)}/challenges/${id}/recording`, {
    frames: frames.map((f, step) => ({
      t: step * 100,
      step,
      jpeg: Buffer.from(f).toString('base64'),
    })),
  });
};
const markers = (b: Uint8Array) => jpegSegments(b)!.map((s) => s.marker);

describe('recording frames are cleaned before the face engine sees them', () => {
  it('drops EXIF (GPS, device) from every frame and keeps the best one upright', async () => {
    seen = [];
    const wide = new Uint8Array(
      await sharp({ create: { width: 24, height: 12, channels: 3, background: '#808080' } })
        .jpeg()
        .toBuffer(),
    );
    const tagged = withJpegMetadata(wide, 6);
    const res = await record('westCounter', world.personIds.west, [tagged, tagged, tagged]);
    expect(res.statusCode, res.body).toBe(200);
    expect(seen).toHaveLength(1);
    for (const f of seen[0]!) {
      expect(markers(f.image)).not.toContain(0xe1);
      expect(markers(f.image)).not.toContain(0xfe);
    }
    const photo = await asStaff(
      app,
      tokens.westCounter,
      'GET',
      res.json<{ certificate: { photoUrl: string } }>().certificate.photoUrl,
    );
    expect(photo.statusCode).toBe(200);
    expect(markers(photo.rawPayload)).not.toContain(0xe1);
    expect(photo.rawPayload.toString('latin1')).not.toMatch(/LifecertTestCam|Zhongzhou/);
    expect(await sharp(photo.rawPayload).metadata()).toMatchObject({ width: 12, height: 24 });
  });

  it('refuses a frame that is not a whole JPEG before judging anything', async () => {
    seen = [];
    const cut = TINY_JPEG.subarray(0, 40);
    const res = await record('eastCounter', world.personIds.east, [TINY_JPEG, cut, TINY_JPEG]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'validation_failed', details: [{ field: 'frames.1.jpeg', rule: 'jpeg' }] },
    });
    expect(seen).toEqual([]);
    // The challenge stays as issued: the refused recording neither used it up nor was judged.
    const attempts = await assistedFaceAttempts(app.testDb.db, world.personIds.east);
    expect(attempts.map((a) => a.outcome)).toEqual(['started']);
  });
});
