import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../image/decode-image.ts';
import type { Point3 } from '../types.ts';
import { LM } from './landmarks.ts';
import { MOUTH_REGION, mouthDarkness } from './mouth-darkness.ts';
import { syntheticMesh } from './synthetic-mesh.ts';

/**
 * A 640x480 frame of even skin, with a dark opening drawn under the mouth corners' line: `depth`
 * mouth widths down from it, `half` to each side of the mouth's middle, at the face's roll.
 */
function frame(
  mesh: readonly Point3[],
  o: { skin: number; cavity: number; depth: number; half?: number },
): RgbImage {
  const [width, height] = [640, 480];
  const data = new Uint8Array(width * height * 3).fill(o.skin);
  const r = mesh[LM.mouthRightOuter]!;
  const l = mesh[LM.mouthLeftOuter]!;
  const w = Math.hypot(l[0] - r[0], l[1] - r[1]);
  const [ux, uy] = [(l[0] - r[0]) / w, (l[1] - r[1]) / w];
  const [cx, cy] = [(l[0] + r[0]) / 2, (l[1] + r[1]) / 2];
  const half = o.half ?? 0.3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = ((x - cx) * ux + (y - cy) * uy) / w;
      const v = (-(x - cx) * uy + (y - cy) * ux) / w;
      if (Math.abs(u) <= half && v >= 0 && v <= o.depth) {
        data.fill(o.cavity, (y * width + x) * 3, (y * width + x) * 3 + 3);
      }
    }
  }
  return { data, width, height };
}

const [u0, u1] = MOUTH_REGION.u;
const [v0, v1] = MOUTH_REGION.v;
const regionArea = (u1 - u0) * (v1 - v0);

describe('mouthDarkness', () => {
  it('measures the share of the mouth region an opening covers, at any roll and size', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -35, max: 35, noNaN: true }),
        fc.double({ min: 0.05, max: 0.55, noNaN: true }),
        fc.double({ min: 2, max: 4, noNaN: true }),
        (roll, depth, scale) => {
          const mesh = syntheticMesh({ roll, scale, center: [320, 170] });
          const img = frame(mesh, { skin: 170, cavity: 25, depth });
          // the grid's sampling of the drawn edges: about one cell row or column
          expect(mouthDarkness(img, mesh)).toBeCloseTo((0.6 * depth) / regionArea, 1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads nothing on closed lips, and is relative to the skin, not to the exposure', () => {
    const mesh = syntheticMesh({ scale: 3 });
    expect(mouthDarkness(frame(mesh, { skin: 170, cavity: 25, depth: 0 }), mesh)).toBeLessThan(
      0.03,
    );
    // a dim frame: a cavity as dark relative to its skin reads as in a bright one
    const bright = mouthDarkness(frame(mesh, { skin: 200, cavity: 30, depth: 0.4 }), mesh);
    const dim = mouthDarkness(frame(mesh, { skin: 60, cavity: 9, depth: 0.4 }), mesh);
    expect(dim).toBeCloseTo(bright, 6);
    expect(bright).toBeGreaterThan(0.3);
    // shade (a beard, a lip's shadow) at two thirds of the skin's brightness is not dark
    expect(mouthDarkness(frame(mesh, { skin: 180, cavity: 120, depth: 0.5 }), mesh)).toBe(0);
  });

  it('answers 0 where the mouth lies outside the frame', () => {
    const mesh = syntheticMesh({ scale: 3, center: [320, 900] });
    expect(
      mouthDarkness({ data: new Uint8Array(640 * 480 * 3), width: 640, height: 480 }, mesh),
    ).toBe(0);
  });
});
