import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Embedding } from '../types.ts';
import { extractChip } from './face-chip.ts';
import { cosineSimilarity, fuseEmbeddings } from './fuse.ts';
import { applySimilarity, fitSimilarity } from './similarity-transform.ts';

const emb = (v: number[], quality: number, model = 'm'): Embedding => ({
  vector: Float32Array.from(v),
  quality,
  model,
});

describe('fitSimilarity', () => {
  it('recovers a rotation, scale and shift from exact point pairs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        (angle, scale, tx, ty) => {
          const t = { a: scale * Math.cos(angle), b: scale * Math.sin(angle), tx, ty };
          const from = [
            [10, 20],
            [90, 25],
            [50, 80],
          ] as const;
          const fit = fitSimilarity(
            from,
            from.map((p) => applySimilarity(t, p)),
          );
          expect(fit.a).toBeCloseTo(t.a, 6);
          expect(fit.b).toBeCloseTo(t.b, 6);
          expect(fit.tx).toBeCloseTo(tx, 4);
          expect(fit.ty).toBeCloseTo(ty, 4);
        },
      ),
    );
  });
});

describe('extractChip', () => {
  // an image whose red channel is x and green is y, so a sampled pixel says where it came from
  const w = 200;
  const h = 200;
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([x, y, 0], (y * w + x) * 3);
  const img = { data, width: w, height: h };

  it('samples where the transform points, rotated and shifted', () => {
    // chip (x, y) -> image (100 - y, 20 + x): a quarter turn
    const chip = extractChip(img, { a: 0, b: 1, tx: 100, ty: 20 }, 10);
    const at = (x: number, y: number) => [chip[(y * 10 + x) * 3], chip[(y * 10 + x) * 3 + 1]];
    expect(at(0, 0)).toEqual([100, 20]);
    expect(at(3, 7)).toEqual([93, 23]);
  });

  it('averages when shrinking, keeping a smooth ramp smooth', () => {
    const chip = extractChip(img, { a: 4, b: 0, tx: 10, ty: 10 }, 40);
    const red = (x: number) => chip[(5 * 40 + x) * 3]!;
    // 4 image pixels per chip pixel: the ramp keeps its slope of 4 per chip pixel
    expect(red(11) - red(10)).toBe(4);
    expect(Math.abs(red(10) - (10 + 4 * 10 + 1.5))).toBeLessThanOrEqual(1);
  });
});

describe('fuseEmbeddings', () => {
  it('returns null for no frames and the unit vector for one', () => {
    expect(fuseEmbeddings([])).toBeNull();
    const one = fuseEmbeddings([emb([3, 4], 0.5)])!;
    expect(Array.from(one.vector)).toEqual([expect.closeTo(0.6), expect.closeTo(0.8)]);
  });

  it('leans towards the better frame', () => {
    const fused = fuseEmbeddings([emb([1, 0], 0.9), emb([0, 1], 0.1)])!;
    expect(fused.vector[0]).toBeGreaterThan(fused.vector[1]!);
    expect(Math.hypot(...fused.vector)).toBeCloseTo(1, 6);
  });

  it('lies between its frames: at least as similar to each as they are to each other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (a, b, q) => {
          fc.pre(Math.hypot(...a) > 0.1 && Math.hypot(...b) > 0.1);
          const ea = emb(a, q);
          const eb = emb(b, 1 - q + 0.01);
          fc.pre(cosineSimilarity(ea.vector, eb.vector) > -0.9);
          const f = fuseEmbeddings([ea, eb])!;
          const ab = cosineSimilarity(ea.vector, eb.vector);
          expect(cosineSimilarity(f.vector, ea.vector)).toBeGreaterThanOrEqual(ab - 1e-6);
          expect(cosineSimilarity(f.vector, eb.vector)).toBeGreaterThanOrEqual(ab - 1e-6);
        },
      ),
    );
  });

  it('refuses to mix models', () => {
    expect(() => fuseEmbeddings([emb([1, 0], 1, 'a'), emb([1, 0], 1, 'b')])).toThrow(
      /different models/,
    );
  });
});
