import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../image/decode-image.ts';
import { frameQuality, laplacianVariance } from './frame-quality.ts';
import { removeNested } from './remove-nested.ts';

function image(width: number, height: number, pixel: (x: number, y: number) => number): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data.fill(pixel(x, y), (y * width + x) * 3, (y * width + x) * 3 + 3);
  return { data, width, height };
}

describe('frameQuality', () => {
  it('measures brightness over the face box only', () => {
    const img = image(200, 100, (x) => (x < 100 ? 40 : 200));
    const q = frameQuality(img, { x: 120, y: 10, width: 50, height: 50 });
    expect(q.brightness).toBeCloseTo(200, 0);
    expect(q.faceSizeRatio).toBeCloseTo(0.25);
    expect(frameQuality(img, undefined).brightness).toBeCloseTo(120, 0);
  });

  it('finds a checkerboard sharper than a smooth gradient', () => {
    const sharp = image(64, 64, (x, y) => ((x + y) % 2 ? 255 : 0));
    const smooth = image(64, 64, (x) => x * 4);
    const box = { x: 0, y: 0, width: 64, height: 64 };
    expect(frameQuality(sharp, box).sharpness).toBeGreaterThan(1000);
    expect(frameQuality(smooth, box).sharpness).toBeLessThan(1);
  });

  it('is zero on a flat patch', () => {
    expect(laplacianVariance(new Float32Array(25).fill(7), 5, 5)).toBe(0);
  });
});

describe('removeNested', () => {
  const face = (x: number, y: number, s: number) => ({ box: { x, y, width: s, height: s } });

  it('drops a face inside a larger one and keeps two people side by side', () => {
    const big = face(100, 100, 200);
    const inner = face(150, 150, 80);
    const other = face(400, 100, 150);
    expect(removeNested([inner, other, big])).toEqual([big, other]);
  });

  it('keeps faces that only touch', () => {
    expect(removeNested([face(0, 0, 100), face(90, 0, 100)])).toHaveLength(2);
  });
});
