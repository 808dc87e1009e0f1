import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaceEngine, type FaceEngine } from './engine.ts';
import { sharedPath } from './test-data.ts';

const dir = sharedPath('face-recognition-examples');
const photo = (name: string) => new Uint8Array(readFileSync(resolve(dir ?? '', name)));

describe.skipIf(!dir)('createFaceEngine (dlib, two worker threads)', () => {
  let engine: FaceEngine;
  beforeAll(async () => {
    engine = await createFaceEngine({ threads: 2 });
  });
  afterAll(() => engine?.close());

  it('finds exactly one face in obama.jpg and two in two_people.jpg', async () => {
    const [one, two] = await Promise.all([
      engine.analyze(photo('obama.jpg')),
      engine.analyze(photo('two_people.jpg')),
    ]);
    expect(one.faces).toHaveLength(1);
    expect(two.faces).toHaveLength(2);
    const face = one.faces[0]!;
    expect(face.mesh).toHaveLength(478);
    expect(Math.abs(face.pose.yaw)).toBeLessThan(15);
    expect(face.eyeOpenness.left).toBeGreaterThan(0.15);
    expect(one.quality.faceSizeRatio).toBeGreaterThan(0.1);
  });

  it('scores the same person above the threshold and different people below', async () => {
    const [a, b, c] = await Promise.all(
      ['obama.jpg', 'obama2.jpg', 'biden.jpg'].map((f) => engine.embed(photo(f))),
    );
    expect(a && b && c).toBeTruthy();
    expect(engine.similarity(a!, b!)).toBeGreaterThanOrEqual(engine.threshold);
    expect(engine.similarity(a!, c!)).toBeLessThan(engine.threshold);
    expect(engine.similarity(b!, c!)).toBeLessThan(engine.threshold);
    expect(a!.quality).toBeGreaterThan(0.3);
  });

  it('embeds a face it was given and leaves the caller its bytes', async () => {
    const bytes = photo('two_people.jpg');
    const { analysis, embedding } = await engine.analyzeAndEmbed(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    const second = await engine.embed(bytes, analysis.faces[1]);
    expect(embedding && second).toBeTruthy();
    expect(engine.similarity(embedding!, second!)).toBeLessThan(engine.threshold);
  });

  it('returns null when there is no face', async () => {
    const blank = await import('sharp').then(({ default: sharp }) =>
      sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } })
        .jpeg()
        .toBuffer(),
    );
    expect(await engine.embed(new Uint8Array(blank))).toBeNull();
    expect((await engine.analyze(new Uint8Array(blank))).faces).toHaveLength(0);
  });
});
