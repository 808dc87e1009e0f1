import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaceEngine } from '../engine.ts';
import { decodeImage } from '../image/decode-image.ts';
import type { ManifestEntry } from './manifest.ts';
import { evaluate } from './run-eval.ts';

/**
 * Embeds a decodable image as a unit vector pointing by its grey level (two greys, two people);
 * like the real engine, it throws when the bytes do not decode.
 */
function greyEngine(fail?: Error): FaceEngine {
  return {
    threshold: 0.9,
    modelName: 'grey',
    embed: async (bytes: Uint8Array) => {
      const img = await decodeImage(bytes);
      if (fail) throw fail;
      const dark = img.data[0]! < 128;
      return { vector: Float32Array.from(dark ? [1, 0] : [0, 1]), quality: 1, model: 'grey' };
    },
    similarity: (a, b) => a.vector[0]! * b.vector[0]! + a.vector[1]! * b.vector[1]!,
  } as Partial<FaceEngine> as FaceEngine;
}

describe('evaluate', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  const grey = (v: number) =>
    sharp({ create: { width: 8, height: 8, channels: 3, background: { r: v, g: v, b: v } } })
      .jpeg()
      .toBuffer();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecert-eval-'));
    await writeFile(file('a1.jpg'), await grey(20));
    await writeFile(file('a2.jpg'), await grey(30));
    await writeFile(file('b1.jpg'), await grey(220));
    await writeFile(file('b2.jpg'), 'not an image');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const entries: ManifestEntry[] = [
    { path: 'a1.jpg', identity: 'a' },
    { path: 'a2.jpg', identity: 'a' },
    { path: 'b1.jpg', identity: 'b' },
    { path: 'b2.jpg', identity: 'b' },
  ];
  const at = () => entries.map((e) => ({ ...e, path: file(e.path) }));

  it('counts a file that is not an image against FNMR and names it', async () => {
    const { report, unreadable } = await evaluate(at(), greyEngine());
    expect(unreadable).toEqual([file('b2.jpg')]);
    expect(report.images).toBe(4);
    expect(report.failedToEmbed).toBe(1);
    // a1-a2 match; b1-b2 cannot: one genuine pair of two rejected
    expect(report.pairs).toEqual({ genuine: 2, impostor: 4 });
    expect(report.atThreshold.fnmr).toBe(0.5);
    expect(report.atThreshold.fmr).toBe(0);
  });

  it('stops on an engine error with an image that decodes, instead of counting it', async () => {
    await expect(evaluate(at(), greyEngine(new Error('no face worker left')))).rejects.toThrow(
      'no face worker left',
    );
  });

  it('names the missing paths before embedding anything', async () => {
    const missing = [...at(), { path: file('gone.jpg'), identity: 'c' }];
    let embedded = 0;
    const engine = greyEngine();
    const counting = { ...engine, embed: (b: Uint8Array) => (embedded++, engine.embed(b)) };
    await expect(evaluate(missing, counting)).rejects.toThrow(
      `1 manifest path(s) do not exist: ${file('gone.jpg')}`,
    );
    expect(embedded).toBe(0);
  });
});
