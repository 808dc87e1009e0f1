import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headCloud, projectHead, rng } from './fake-face.ts';
import {
  applyHomography,
  fitHomography,
  homographyResidual,
  smallestEigenvector,
  type Matrix3,
  type Point2,
} from './homography.ts';

function planarPoints(seed: number, n = 30): Point2[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => [200 + r() * 240, 150 + r() * 200] as const);
}

/** A homography made of a 3D tilt of the image plane plus a shift and scale: a print held askew. */
function tiltedPrint(seed: number): Matrix3 {
  const r = rng(seed);
  const g = () => r() * 2 - 1;
  return [
    1 + 0.2 * g(),
    0.2 * g(),
    40 * g(),
    0.2 * g(),
    1 + 0.2 * g(),
    40 * g(),
    4e-4 * g(),
    4e-4 * g(),
    1,
  ];
}

describe('smallestEigenvector', () => {
  it('finds the eigenvector of the smallest eigenvalue of a symmetric matrix', () => {
    // diag(3, 1, 2) rotated: the answer is the rotated second axis.
    const c = Math.cos(0.3);
    const s = Math.sin(0.3);
    const q = [c, -s, 0, s, c, 0, 0, 0, 1];
    const d = [3, 1, 2];
    const m = Array.from({ length: 9 }, (_, k) => {
      const i = Math.floor(k / 3);
      const j = k % 3;
      return [0, 1, 2].reduce((acc, l) => acc + q[i * 3 + l]! * d[l]! * q[j * 3 + l]!, 0);
    });
    const v = smallestEigenvector(m, 3);
    const dot = v[0]! * q[1]! + v[1]! * q[4]! + v[2]! * q[7]!;
    expect(Math.abs(dot)).toBeCloseTo(1, 9);
  });
});

describe('fitHomography', () => {
  it('recovers a known homography from exact correspondences', () => {
    const h = tiltedPrint(5);
    const src = planarPoints(1);
    const fitted = fitHomography(
      src,
      src.map((p) => applyHomography(h, p)),
    );
    fitted.forEach((x, i) => expect(x).toBeCloseTo(h[i]!, 6));
  });

  it('leaves near-zero residual for any flat picture, however tilted or warped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
        const src = planarPoints(seed);
        const dst = src.map((p) => applyHomography(tiltedPrint(seed + 1), p));
        expect(homographyResidual(src, dst)).toBeLessThan(1e-6);
      }),
      { numRuns: 50 },
    );
  });

  it('leaves a large residual for a rotating 3D head', () => {
    const cloud = headCloud(2);
    const front = projectHead(cloud, {}).map((p) => [p[0], p[1]] as const);
    for (const pose of [{ yaw: 15 }, { pitch: -15 }, { yaw: -10, pitch: 8 }]) {
      const turned = projectHead(cloud, pose).map((p) => [p[0], p[1]] as const);
      // The face is ~220 px wide here; a flat picture would stay below a thousandth of a pixel.
      expect(homographyResidual(front, turned)).toBeGreaterThan(2);
    }
  });

  it('refuses fewer than four points', () => {
    const p = planarPoints(1, 3);
    expect(() => fitHomography(p, p)).toThrow();
  });
});
