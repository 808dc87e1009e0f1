import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { detectMesh, faceTopology } from '@lifecert/face';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { headPose } from '../../face/src/analysis/head-pose.ts';
import { readRecording, writeRecording } from './recording-writer.ts';
import type { SyntheticRecording } from './synthesise.ts';
import type { SynthesiseOptions } from './synthesise.ts';
import { synthesiseRecording } from './synthesise.ts';

const faces = resolve(import.meta.dirname, '../../../../shared/data/faces');
const hasShared = existsSync(faces);
if (!hasShared) console.warn(`synth: ${faces} is absent; skipping the tests that need real photos`);
const photo = (p: string): Promise<Buffer> => readFile(join(faces, p));

// The same photo is rendered several times: detect each distinct image once.
const meshes = new Map<string, ReturnType<typeof detectMesh>>();
const meshSource = {
  detectMesh: (image: Uint8Array) => {
    const key = createHash('sha1').update(image).digest('hex');
    if (!meshes.has(key)) meshes.set(key, detectMesh(image));
    return meshes.get(key)!;
  },
  get triangulation() {
    return faceTopology().triangulation;
  },
};
const synth = (o: SynthesiseOptions): Promise<SyntheticRecording> =>
  synthesiseRecording({ ...o, meshSource });

const luma = async (jpeg: Uint8Array): Promise<Float32Array> => {
  const { data } = await sharp(jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
  return Float32Array.from(data);
};
const meanAbsDiff = (a: Float32Array, b: Float32Array): number =>
  a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0) / a.length;

describe.skipIf(!hasShared)('synthesised recordings seen by the real detector', () => {
  let nod: SyntheticRecording;
  beforeAll(async () => {
    nod = await synth({
      photo: await photo('face-recognition-examples/obama.jpg'),
      challenge: ['nod', 'blink'],
      seed: 11,
    });
  });

  it('writes 640x480 JPEG frames at 15 fps with steps in order', async () => {
    const meta = await sharp(nod.frames[0]!.image).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 640, 480]);
    const ts = nod.frames.map((f) => f.t);
    const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(66);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(67);
    const steps = nod.frames.map((f) => f.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps)).toEqual(new Set([0, 1]));
  });

  it('makes the detector see the head go down and come back up during the nod', async () => {
    const pitches: number[] = [];
    for (const f of nod.frames.filter((f) => f.step === 0)) {
      const found = await detectMesh(f.image);
      expect(found).not.toBeNull();
      pitches.push(headPose(found!.mesh).pitch);
    }
    const start = pitches[0]!;
    const low = Math.min(...pitches);
    const high = Math.max(...pitches.slice(pitches.indexOf(low)));
    expect(start - low).toBeGreaterThan(12);
    expect(start - low).toBeLessThan(35);
    expect(high - low).toBeGreaterThan(15);
  });

  it('is reproducible from its seed and round-trips through a recording folder', async () => {
    const again = await synth({
      photo: await photo('face-recognition-examples/obama.jpg'),
      challenge: ['nod', 'blink'],
      seed: 11,
    });
    expect(again.frames[5]!.image).toEqual(nod.frames[5]!.image);
    const dir = await mkdtemp(join(tmpdir(), 'synth-rec-'));
    try {
      const manifest = await writeRecording(dir, nod);
      expect(manifest.frames[0]).toEqual({ file: '0000.jpg', t: 0, step: 0 });
      const back = await readRecording(dir);
      expect(back.challenge).toEqual(['nod', 'blink']);
      expect(back.frames.length).toBe(nod.frames.length);
      expect(back.frames.at(-1)!.image).toEqual(nod.frames.at(-1)!.image);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('renders the dark and still attacks as described', async () => {
    const src = await photo('face-recognition-examples/biden.jpg');
    const dark = await synth({
      photo: src,
      challenge: ['gaze'],
      attack: 'dark',
      seed: 2,
    });
    const lum = await luma(dark.frames[3]!.image);
    expect(lum.reduce((s, v) => s + v, 0) / lum.length).toBeLessThan(30);
    const still = await synth({
      photo: src,
      challenge: ['nod'],
      attack: 'still',
      seed: 2,
    });
    const live = await synth({ photo: src, challenge: ['nod'], seed: 2 });
    const [s0, s1] = await Promise.all([
      luma(still.frames[0]!.image),
      luma(still.frames[8]!.image),
    ]);
    const [l0, l1] = await Promise.all([luma(live.frames[0]!.image), luma(live.frames[8]!.image)]);
    expect(meanAbsDiff(s0, s1)).toBeLessThan(3);
    expect(meanAbsDiff(l0, l1)).toBeGreaterThan(2 * meanAbsDiff(s0, s1));
  });

  it('performs the challenge in the wrong order for the order attack', async () => {
    const rec = await synth({
      photo: await photo('face-recognition-examples/biden.jpg'),
      challenge: ['nod', 'shake'],
      attack: 'order',
      seed: 4,
    });
    expect(rec.challenge).toEqual(['nod', 'shake']);
    expect(rec.performed).toEqual(['shake', 'nod']);
    const yawInFirstStep = rec.states
      .filter((_, i) => rec.frames[i]!.step === 0)
      .map((s) => Math.abs(s.yaw));
    expect(Math.max(...yawInFirstStep)).toBeGreaterThan(15);
  });
});
