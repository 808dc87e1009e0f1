import type { FaceObservation } from '../types.ts';
import { affineCameraResidual } from './affine-camera.ts';
import { homographyResidual, type Point2 } from './homography.ts';
import { median, quantile, round } from './stats.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { FaceFrame } from './types.ts';

/**
 * Mesh indices (MediaPipe 468 topology) of points that move with the skull rather than with
 * expression, spread in depth: nose tip and bridge stand out of the plane of the eye corners,
 * brows, cheeks and chin. Mouth and eyelids are left out: they move on their own in a blink.
 */
export const RIGID_POINTS = [
  1, 4, 6, 168, 197, 195, 5, 2, 10, 151, 9, 33, 133, 362, 263, 152, 175, 234, 454, 93, 323, 50, 280,
  70, 300, 105, 334, 127, 356, 98, 327,
] as const;

function rigidPoints(face: FaceObservation): Point2[] {
  return RIGID_POINTS.map((i) => {
    const p = face.mesh[i];
    return p ? ([p[0], p[1]] as const) : ([Number.NaN, Number.NaN] as const);
  });
}

function poseDistance(a: FaceObservation, b: FaceObservation): number {
  return Math.hypot(a.pose.yaw - b.pose.yaw, a.pose.pitch - b.pose.pitch);
}

export type ParallaxResult = {
  /** false when the head never turned enough for parallax to show */
  measured: boolean;
  /** median homography residual of the compared pairs over the face width (0 when not measured) */
  residual: number;
  /**
   * median of homography residual / rigid-3D (affine camera) residual: how much better a 3D head
   * explains the motion than a flat picture does (0 when not measured)
   */
  modelRatio: number;
  /** pose change of the most rotated compared frame, degrees */
  poseChangeDeg: number;
  pairs: number;
};

/**
 * Compares the most frontal frame with the most rotated ones: a real head breaks any planar
 * homography (the nose tip moves against the cheeks), a flat photo, tilted or bent by a
 * homography, does not. Normalised by the face width so distance to the camera does not matter.
 */
export function measureParallax(
  frames: readonly FaceFrame[],
  th = THRESHOLDS.parallax,
): ParallaxResult {
  const usable = frames.filter((f) => f.face.mesh.length >= 468);
  if (usable.length < 2) {
    return { measured: false, residual: 0, modelRatio: 0, poseChangeDeg: 0, pairs: 0 };
  }
  const frontal = usable.reduce((best, f) =>
    Math.abs(f.face.pose.yaw) + Math.abs(f.face.pose.pitch) <
    Math.abs(best.face.pose.yaw) + Math.abs(best.face.pose.pitch)
      ? f
      : best,
  );
  const ranked = usable
    .map((f) => ({ f, change: poseDistance(f.face, frontal.face) }))
    .filter((x) => x.change >= th.minPoseChangeDeg)
    .sort((a, b) => b.change - a.change)
    .slice(0, th.pairs);
  const maxChange = Math.max(0, ...usable.map((f) => poseDistance(f.face, frontal.face)));
  if (ranked.length === 0) {
    return {
      measured: false,
      residual: 0,
      modelRatio: 0,
      poseChangeDeg: round(maxChange, 1),
      pairs: 0,
    };
  }
  const src = rigidPoints(frontal.face);
  const src3 = RIGID_POINTS.map((i) => frontal.face.mesh[i] ?? ([0, 0, 0] as const));
  const fits = ranked.map(({ f }) => {
    const width = (frontal.face.box.width + f.face.box.width) / 2;
    const dst = rigidPoints(f.face);
    const planar = homographyResidual(src, dst);
    const rigid = affineCameraResidual(src3, dst);
    return { residual: planar / width, ratio: planar / Math.max(rigid, 1e-9) };
  });
  return {
    measured: true,
    residual: round(median(fits.map((x) => x.residual)), 4),
    modelRatio: round(median(fits.map((x) => x.ratio)), 2),
    poseChangeDeg: round(maxChange, 1),
    pairs: ranked.length,
  };
}

/**
 * How far anything moved: per frame, the 90th percentile of all mesh points' displacement from
 * the first frame, over the face width; the largest over the recording. A still image (or a
 * frozen stream) stays at sensor noise, any live person moves more than that.
 */
export function measureMotion(frames: readonly FaceFrame[]): number {
  const first = frames[0]?.face;
  if (!first) return 0;
  let most = 0;
  for (const { face } of frames.slice(1)) {
    const n = Math.min(first.mesh.length, face.mesh.length);
    const d: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = first.mesh[i]!;
      const b = face.mesh[i]!;
      d.push(Math.hypot(a[0] - b[0], a[1] - b[1]));
    }
    if (d.length > 0) most = Math.max(most, quantile(d, 0.9) / first.box.width);
  }
  return round(most, 4);
}
