import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createFaceEngine } from './engine.ts';
import { sharedPath, useFaceEngine } from './test-data.ts';
import type { FaceObservation } from './types.ts';

const dir = sharedPath('face-recognition-examples');
const photo = (name: string) => new Uint8Array(readFileSync(resolve(dir ?? '', name)));

/** A 640x480 video frame: grey, with `name` scaled to 240 px high and its left edge at `x`. */
async function frameWith(name: string, x: number): Promise<Uint8Array> {
  const face = await sharp(photo(name)).resize({ height: 240 }).toBuffer();
  const frame = sharp({ create: { width: 640, height: 480, channels: 3, background: '#707070' } });
  return new Uint8Array(
    await frame
      .composite([{ input: face, left: x, top: 120 }])
      .jpeg({ quality: 90 })
      .toBuffer(),
  );
}

describe('createFaceEngine options', () => {
  it.each([
    [{ threads: Number.NaN }, 'threads must be a whole number of at least 1, not NaN'],
    [{ threads: 0 }, 'threads must be a whole number of at least 1, not 0'],
    [{ threads: 1.5 }, 'threads must be a whole number of at least 1, not 1.5'],
    [{ threshold: Number.NaN }, 'threshold must be a cosine similarity between -1 and 1, not NaN'],
    [{ threshold: 93.6 }, 'threshold must be a cosine similarity between -1 and 1, not 93.6'],
  ])('refuses %o before starting any thread', async (opts, message) => {
    await expect(createFaceEngine(opts)).rejects.toThrow(message);
  });
});

describe.skipIf(!dir)('createFaceEngine (dlib, two worker threads)', () => {
  const engine = useFaceEngine();

  it('finds exactly one face in obama.jpg and two in two_people.jpg', async () => {
    const [one, two] = await Promise.all([
      engine().analyze(photo('obama.jpg')),
      engine().analyze(photo('two_people.jpg')),
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
      ['obama.jpg', 'obama2.jpg', 'biden.jpg'].map((f) => engine().embed(photo(f))),
    );
    expect(a && b && c).toBeTruthy();
    expect(engine().similarity(a!, b!)).toBeGreaterThanOrEqual(engine().threshold);
    expect(engine().similarity(a!, c!)).toBeLessThan(engine().threshold);
    expect(engine().similarity(b!, c!)).toBeLessThan(engine().threshold);
    expect(a!.quality).toBeGreaterThan(0.3);
  });

  it('embeds a face it was given and leaves the caller its bytes', async () => {
    const bytes = photo('two_people.jpg');
    const { analysis, embedding } = await engine().analyzeAndEmbed(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    const second = await engine().embed(bytes, analysis.faces[1]);
    expect(embedding && second).toBeTruthy();
    expect(engine().similarity(embedding!, second!)).toBeLessThan(engine().threshold);
  });

  it('returns null when there is no face', async () => {
    const blank = await import('sharp').then(({ default: sharp }) =>
      sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } })
        .jpeg()
        .toBuffer(),
    );
    expect(await engine().embed(new Uint8Array(blank))).toBeNull();
    expect((await engine().analyze(new Uint8Array(blank))).faces).toHaveLength(0);
  });

  describe('analyzeSequence (the face tracked between frames)', () => {
    /**
     * obama.jpg at each left edge in `xs`, analysed as one tracked sequence and frame by frame with
     * a full detection; each tracked face must read as its frame's detection does.
     */
    async function trackedLikeDetected(xs: number[], detectEvery: number) {
      const frames = await Promise.all(xs.map((x) => frameWith('obama.jpg', x)));
      const [tracked, detected] = await Promise.all([
        engine().analyzeSequence(frames, detectEvery),
        Promise.all(frames.map((f) => engine().analyze(f))),
      ]);
      expect(tracked.map((a) => a.faces.length)).toEqual(xs.map(() => 1));
      const eyes = (f: FaceObservation) => (f.eyeOpenness.left + f.eyeOpenness.right) / 2;
      tracked.forEach((a, i) => {
        const t = a.faces[0]!;
        const d = detected[i]!.faces[0]!;
        expect(Math.abs(t.box.x - d.box.x)).toBeLessThan(0.05 * d.box.width);
        expect(Math.abs(t.pose.yaw - d.pose.yaw)).toBeLessThan(5);
        expect(Math.abs(t.pose.pitch - d.pose.pitch)).toBeLessThan(5);
        expect(Math.abs(eyes(t) - eyes(d))).toBeLessThan(0.03);
      });
      return tracked.map((a) => a.faces[0]!);
    }

    it('measures a moving face as a full detection on every frame does', async () => {
      // 4 px a frame: a face about 50 px wide, so tracking follows it without a new detection.
      const tracked = await trackedLikeDetected([60, 64, 68, 72, 76, 80], 3);
      // The face moved 20 px to the right, and the tracked boxes followed it.
      expect(tracked[5]!.box.x - tracked[0]!.box.x).toBeGreaterThan(15);
    });

    it('measures a face that moves fast between frames as a full detection does', async () => {
      // 30 px a frame, a third of the face's width: the box of the frame before is far off.
      const tracked = await trackedLikeDetected([60, 90, 120, 150, 180, 210], 10);
      expect(tracked[5]!.box.x - tracked[0]!.box.x).toBeGreaterThan(140);
    });

    it('finds a face the tracked box has lost by detecting again', async () => {
      const [left, blank, right] = await Promise.all([
        frameWith('obama.jpg', 20),
        sharp({ create: { width: 640, height: 480, channels: 3, background: '#707070' } })
          .jpeg()
          .toBuffer()
          .then((b) => new Uint8Array(b)),
        frameWith('obama.jpg', 420),
      ]);
      const result = await engine().analyzeSequence([left, right, blank, left], 10);
      expect(result.map((a) => a.faces.length)).toEqual([1, 1, 0, 1]);
      expect(result[1]!.faces[0]!.box.x).toBeGreaterThan(400);
      expect(result[3]!.faces[0]!.box.x).toBeLessThan(100);
    });

    it('sees a second face by the next scheduled detection, and starts each sequence afresh', async () => {
      const [one, two] = await Promise.all([
        frameWith('obama.jpg', 60),
        sharp(photo('two_people.jpg'))
          .resize(640, 480, { fit: 'cover' })
          .jpeg()
          .toBuffer()
          .then((b) => new Uint8Array(b)),
      ]);
      const entering = await engine().analyzeSequence([one, two, two, two], 3);
      expect(entering[3]!.faces).toHaveLength(2);
      // Run on one thread after a one-face sequence, a new sequence does not inherit its box.
      const fresh = await engine().analyzeSequence([two, two], 3);
      expect(fresh[0]!.faces).toHaveLength(2);
    });
  });
});
