import { describe, expect, it } from 'vitest';
import { affineCameraResidual } from './affine-camera.ts';
import { headCloud, projectHead } from './fake-face.ts';
import { applyHomography, homographyResidual } from './homography.ts';

const cloud = headCloud(5);
const frontal = projectHead(cloud, {});
const flat = (pts: readonly (readonly number[])[]) => pts.map((p) => [p[0]!, p[1]!] as const);

describe('affineCameraResidual', () => {
  it('explains a rotating head far better than a homography does', () => {
    for (const pose of [{ yaw: 20 }, { pitch: -20 }, { yaw: 12, pitch: 10 }]) {
      const turned = flat(projectHead(cloud, pose));
      const affine = affineCameraResidual(frontal, turned);
      expect(affine * 3).toBeLessThan(homographyResidual(flat(frontal), turned));
    }
  });

  it('is exact for an affine projection of the 3D points', () => {
    const dst = frontal.map(
      ([x, y, z]) => [0.9 * x + 0.1 * z + 5, 0.2 * x + 1.1 * y - 0.3 * z] as const,
    );
    expect(affineCameraResidual(frontal, dst)).toBeLessThan(1e-6);
  });

  it('cannot explain the perspective of a tilted flat picture that a homography explains', () => {
    const h = [1, 0.05, 0, 0, 1, 0, 8e-4, 0, 1];
    const dst = flat(frontal).map((p) => applyHomography(h, p));
    expect(homographyResidual(flat(frontal), dst)).toBeLessThan(1e-6);
    expect(affineCameraResidual(frontal, dst)).toBeGreaterThan(0.5);
  });
});
