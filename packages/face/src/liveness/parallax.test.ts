import { describe, expect, it } from 'vitest';
import { fakeFace, headCloud, projectHead, rng } from './fake-face.ts';
import { applyHomography } from './homography.ts';
import { measureMotion, measureParallax } from './parallax.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { FaceFrame } from './types.ts';
import type { Point3 } from '../types.ts';

const cloud = headCloud(4);

function noisy(mesh: Point3[], seed: number, px: number): Point3[] {
  const r = rng(seed);
  return mesh.map(([x, y, z]) => [x + (r() - 0.5) * 2 * px, y + (r() - 0.5) * 2 * px, z] as const);
}

/** A real head nodding then shaking, with 1 px landmark noise. */
function liveHead(): FaceFrame[] {
  const poses = [0, 5, 10, 15, 18, 10, 0, -10, -18, -8, 0];
  return poses.map((a, i) => {
    const pose = i < 5 ? { pitch: -a } : { yaw: a };
    return {
      t: i * 80,
      face: fakeFace(cloud, { ...pose, mesh: noisy(projectHead(cloud, pose), i, 1) }),
    };
  });
}

/**
 * A printed photo of the frontal face, tilted in 3D and bent a little: every frame is a homography
 * of the first. The detector would still report head pose changes (it reads the picture's
 * perspective), so the pose fields change as they would in an attack.
 */
function tiltedPhoto(): FaceFrame[] {
  const base = projectHead(cloud, {});
  return Array.from({ length: 11 }, (_, i) => {
    const a = Math.sin(i / 2) * 3e-4;
    const h = [1 + a * 100, 0.05 * Math.sin(i), 20 * Math.sin(i), 0.03, 1, 10 * i, a, -a / 2, 1];
    const mesh = base.map((p) => {
      const [x, y] = applyHomography(h, [p[0], p[1]]);
      return [x, y, p[2]] as const;
    });
    return {
      t: i * 80,
      face: fakeFace(cloud, {
        yaw: 15 * Math.sin(i / 2),
        pitch: -10 * Math.cos(i / 3),
        mesh: noisy(mesh, i, 1),
      }),
    };
  });
}

describe('measureParallax', () => {
  it('sees parallax in a real head', () => {
    const r = measureParallax(liveHead());
    expect(r.measured).toBe(true);
    expect(r.residual).toBeGreaterThan(THRESHOLDS.parallax.minResidual);
    expect(r.modelRatio).toBeGreaterThan(THRESHOLDS.parallax.minModelRatio);
  });

  it('sees none in a tilted and warped flat photo', () => {
    const r = measureParallax(tiltedPhoto());
    expect(r.measured).toBe(true);
    expect(r.residual).toBeLessThan(THRESHOLDS.parallax.minResidual);
    expect(r.modelRatio).toBeLessThan(THRESHOLDS.parallax.minModelRatio);
  });

  it('does not measure when the head never turned', () => {
    const frames = Array.from({ length: 8 }, (_, i) => ({
      t: i * 80,
      face: fakeFace(cloud, { yaw: i % 2 }),
    }));
    expect(measureParallax(frames).measured).toBe(false);
  });
});

describe('measureMotion', () => {
  it('is below the still threshold for a still image with landmark noise', () => {
    const base = projectHead(cloud, {});
    const frames = Array.from({ length: 10 }, (_, i) => ({
      t: i * 80,
      face: fakeFace(cloud, { mesh: noisy(base, i, 0.5) }),
    }));
    expect(measureMotion(frames)).toBeLessThan(THRESHOLDS.motion.minMaxDisplacement);
  });

  it('is above it for a moving head', () => {
    expect(measureMotion(liveHead())).toBeGreaterThan(THRESHOLDS.motion.minMaxDisplacement);
  });
});
