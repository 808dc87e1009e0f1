// The photo check with the real face engine on real photos (shared test set, skipped without it).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { judgePhoto, type PhotoAssessor } from '@lifecert/core';
import { createFaceEngine, type FaceEngine } from '@lifecert/face';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoAssessorOf } from './photo-assessor.ts';

const faces = resolve(
  import.meta.dirname,
  '../../../../../shared/data/faces/face-recognition-examples',
);
const haveFaces = existsSync(faces);
if (!haveFaces) console.warn(`skipping: shared test data not found at ${faces}`);
const read = (name: string) => new Uint8Array(readFileSync(resolve(faces, name)));

describe.skipIf(!haveFaces)('photo assessor on the real engine', () => {
  let engine: FaceEngine;
  let photos: PhotoAssessor;
  beforeAll(async () => {
    engine = await createFaceEngine({ threads: 1 });
    photos = photoAssessorOf(engine);
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  });

  it('accepts a frontal portrait and embeds it with the default model', async () => {
    const verdict = judgePhoto(await photos.assess(read('obama.jpg')));
    expect(verdict).toMatchObject({ ok: true, embedding: { model: engine.modelName } });
    if (verdict.ok) expect(verdict.embedding.vector.length).toBeGreaterThan(100);
  });

  it('refuses a photo of two people', async () => {
    const verdict = judgePhoto(await photos.assess(read('two_people.jpg')));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.problems).toContain('photo_multiple_faces');
  });

  it('refuses what is not a JPEG, and a truncated JPEG', async () => {
    expect(judgePhoto(await photos.assess(read('alex-lacamoire.png')))).toEqual({
      ok: false,
      problems: ['photo_unreadable'],
    });
    const cut = read('obama.jpg').slice(0, 400);
    expect(judgePhoto(await photos.assess(cut))).toMatchObject({ ok: false });
  });
});
