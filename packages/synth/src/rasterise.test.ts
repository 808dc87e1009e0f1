import { describe, expect, it } from 'vitest';
import type { ProjectedMesh, Texture } from './rasterise.ts';
import { clearTarget, createTarget, drawMesh } from './rasterise.ts';

/** A texture whose red channel is the column and green the row, so a sample says where it came from. */
function coordTexture(w: number, h: number): Texture {
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([x, y, 77], (y * w + x) * 3);
  return { data, width: w, height: h, channels: 3 };
}

function quad(
  corners: [number, number, number][],
  uv: [number, number][],
  shade = 1,
): ProjectedMesh {
  return {
    screen: Float32Array.from(corners.flat()),
    uv: Float32Array.from(uv.flat()),
    shade: new Float32Array(4).fill(shade),
    indices: Uint32Array.from([0, 1, 2, 0, 2, 3]),
  };
}

describe('rasterise', () => {
  it('maps a texture 1:1 onto a screen-aligned quad', () => {
    const tex = coordTexture(32, 32);
    const target = createTarget(32, 32);
    clearTarget(target, [0, 0, 0]);
    const mesh = quad(
      [
        [0, 0, 1],
        [32, 0, 1],
        [32, 32, 1],
        [0, 32, 1],
      ],
      [
        [0, 0],
        [32, 0],
        [32, 32],
        [0, 32],
      ],
    );
    drawMesh(target, mesh, tex);
    for (const [x, y] of [
      [0, 0],
      [5, 9],
      [31, 31],
      [17, 3],
    ] as const) {
      const o = (y * 32 + x) * 3;
      expect(target.color[o]).toBeCloseTo(x, 3);
      expect(target.color[o + 1]).toBeCloseTo(y, 3);
      expect(target.color[o + 2]).toBeCloseTo(77, 3);
    }
  });

  it('interpolates texture coordinates perspective-correctly', () => {
    // A quad receding in depth: its right edge twice as far as its left. The texture's middle
    // column lands where the 3D midpoint projects, not at the screen midpoint (affine mapping).
    const tex = coordTexture(200, 4);
    const target = createTarget(200, 4);
    clearTarget(target, [0, 0, 0]);
    const wl = 1,
      wr = 2;
    drawMesh(
      target,
      quad(
        [
          [0, 0, wl],
          [200, 0, wr],
          [200, 4, wr],
          [0, 4, wl],
        ],
        [
          [0, 0],
          [200, 0],
          [200, 4],
          [0, 4],
        ],
      ),
      tex,
    );
    // Texture share a lands at screen share s = (a/wl) / ((1-a)/wr + a/wl): 2/3 for the middle.
    const u = 100;
    const a = u / 200;
    const sx = (200 * (a / wl)) / ((1 - a) / wr + a / wl);
    const px = Math.floor(sx);
    const sampled = target.color[(1 * 200 + px) * 3]!;
    expect(Math.abs(sampled - u)).toBeLessThan(2);
    // An affine mapping would put u = 100 at the screen middle.
    expect(Math.abs(target.color[(1 * 200 + 100) * 3]! - 100)).toBeGreaterThan(20);
  });

  it('keeps the nearest surface whatever the drawing order', () => {
    const tex = coordTexture(8, 8);
    const near = quad(
      [
        [0, 0, 1],
        [8, 0, 1],
        [8, 8, 1],
        [0, 8, 1],
      ],
      [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      1,
    );
    const far = quad(
      [
        [0, 0, 5],
        [8, 0, 5],
        [8, 8, 5],
        [0, 8, 5],
      ],
      [
        [7, 7],
        [7, 7],
        [7, 7],
        [7, 7],
      ],
      1,
    );
    for (const order of [
      [near, far],
      [far, near],
    ]) {
      const target = createTarget(8, 8);
      clearTarget(target, [255, 255, 255]);
      for (const m of order) drawMesh(target, m, tex);
      expect(target.color[(4 * 8 + 4) * 3 + 1]).toBeCloseTo(0, 3);
    }
  });

  it('multiplies by the interpolated shade and leaves uncovered pixels alone', () => {
    const tex: Texture = {
      data: new Uint8Array([200, 200, 200]),
      width: 1,
      height: 1,
      channels: 3,
    };
    const target = createTarget(16, 16);
    clearTarget(target, [1, 2, 3]);
    drawMesh(
      target,
      quad(
        [
          [0, 0, 1],
          [8, 0, 1],
          [8, 8, 1],
          [0, 8, 1],
        ],
        [
          [0, 0],
          [0, 0],
          [0, 0],
          [0, 0],
        ],
        0.5,
      ),
      tex,
    );
    expect(target.color[(2 * 16 + 2) * 3]).toBeCloseTo(100, 3);
    expect([...target.color.subarray((12 * 16 + 12) * 3, (12 * 16 + 12) * 3 + 3)]).toEqual([
      1, 2, 3,
    ]);
  });
});
