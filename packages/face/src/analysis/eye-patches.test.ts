import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../image/decode-image.ts';
import type { Point3 } from '../types.ts';
import { eyePatches } from './eye-patches.ts';
import { LM } from './landmarks.ts';
import { syntheticMesh } from './synthetic-mesh.ts';

/**
 * A 640x480 frame of even skin with both eyes drawn between their mesh corners at the face's roll:
 * open, a dark iris in a light white; closed, a dark lash line along the corners' line.
 */
function frame(mesh: readonly Point3[], o: { skin: number; closed?: boolean }): RgbImage {
  const [width, height] = [640, 480];
  const data = new Uint8Array(width * height * 3).fill(o.skin);
  const eyes = [
    [mesh[LM.rightEyeOuter]!, mesh[LM.rightEyeInner]!],
    [mesh[LM.leftEyeInner]!, mesh[LM.leftEyeOuter]!],
  ];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (const [a, b] of eyes) {
        const w = Math.hypot(b![0] - a![0], b![1] - a![1]);
        const [ux, uy] = [(b![0] - a![0]) / w, (b![1] - a![1]) / w];
        const [cx, cy] = [(a![0] + b![0]) / 2, (a![1] + b![1]) / 2];
        const u = ((x - cx) * ux + (y - cy) * uy) / w;
        const v = (-(x - cx) * uy + (y - cy) * ux) / w;
        let luma: number | null = null;
        if (o.closed) {
          if (Math.abs(u) < 0.5 && Math.abs(v - 0.05) < 0.03) luma = o.skin * 0.3;
        } else if ((u / 0.5) ** 2 + (v / 0.15) ** 2 < 1) {
          luma = Math.hypot(u, v) < 0.14 ? o.skin * 0.2 : Math.min(255, o.skin * 1.3);
        }
        if (luma !== null)
          data.fill(Math.round(luma), (y * width + x) * 3, (y * width + x) * 3 + 3);
      }
    }
  }
  return { data, width, height };
}

const correlation = (a: number[], b: number[]) =>
  a.reduce((s, x, i) => s + x * b[i]!, 0) / Math.hypot(...a) / Math.hypot(...b);

describe('eyePatches', () => {
  const upright = syntheticMesh({ scale: 3, center: [320, 300] });
  const reference = eyePatches(frame(upright, { skin: 160 }), upright);

  it('reads the same open eye at any roll, size and place in the frame', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 30 }),
        // sizes and places that keep both eyes' patches inside the frame at any of these rolls
        fc.double({ min: 2, max: 3, noNaN: true }),
        fc.integer({ min: 280, max: 360 }),
        (roll, scale, cx) => {
          const mesh = syntheticMesh({ roll, scale, center: [cx, 300] });
          const p = eyePatches(frame(mesh, { skin: 160 }), mesh);
          // sampled along the image's axes instead, a 30 degree roll correlates at 0.85
          expect(correlation(p.left, reference.left)).toBeGreaterThan(0.97);
          expect(correlation(p.right, reference.right)).toBeGreaterThan(0.97);
        },
      ),
      {
        numRuns: 12,
        examples: [
          [30, 3, 320],
          [-25, 2.5, 290],
        ],
      },
    );
  });

  it('is standardised, so exposure does not change it', () => {
    const dim = eyePatches(frame(upright, { skin: 70 }), upright);
    expect(correlation(dim.left, reference.left)).toBeGreaterThan(0.99);
    const mean = reference.left.reduce((s, x) => s + x, 0) / reference.left.length;
    const sd = Math.hypot(...reference.left) / Math.sqrt(reference.left.length);
    expect(mean).toBeCloseTo(0, 6);
    expect(sd).toBeCloseTo(1, 6);
  });

  it('changes when the eye closes', () => {
    const closed = eyePatches(frame(upright, { skin: 160, closed: true }), upright);
    expect(correlation(closed.left, reference.left)).toBeLessThan(0.6);
    expect(correlation(closed.right, reference.right)).toBeLessThan(0.6);
  });

  it('is empty on even skin and where the eye lies outside the frame', () => {
    const skin = { data: new Uint8Array(640 * 480 * 3).fill(150), width: 640, height: 480 };
    expect(eyePatches(skin, upright)).toEqual({ left: [], right: [] });
    const off = syntheticMesh({ scale: 3, center: [320, 600] });
    expect(eyePatches(frame(off, { skin: 160 }), off)).toEqual({ left: [], right: [] });
  });
});
