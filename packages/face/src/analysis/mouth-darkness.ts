import type { RgbImage } from '../image/decode-image.ts';
import type { Point3 } from '../types.ts';
import { LM } from './landmarks.ts';
import { dist2d, mid } from './vec.ts';

/**
 * Where the mouth region and the skin it is compared with lie, in mouth widths from the middle of
 * the mouth corners: `u` along the corners' line, `v` across it, towards the chin. The region
 * reaches well below the lips because a dropped jaw takes the opening down with it, further than
 * the mesh's lower lip sometimes follows.
 */
export const MOUTH_REGION = {
  u: [-0.4, 0.4],
  v: [-0.15, 0.6],
  /** the skin between the upper lip and the nose */
  skinU: [-0.3, 0.3],
  skinV: [-0.4, -0.2],
  /** samples per side of each grid */
  grid: 24,
} as const;

/** A sample is dark below this share of the skin's median brightness. */
export const DARK_SHARE = 0.4;

/** The mouth's middle, the unit vector along its corners' line and its width, in pixels. */
type MouthAxes = { cx: number; cy: number; ux: number; uy: number; w: number };

/** Luma (BT.601) of the pixels at the grid's points, the points outside the image left out. */
function sampleLuma(
  img: RgbImage,
  f: MouthAxes,
  [u0, u1]: readonly [number, number],
  [v0, v1]: readonly [number, number],
): number[] {
  const n = MOUTH_REGION.grid;
  const d = img.data;
  const out: number[] = [];
  for (let a = 0; a < n; a++) {
    const u = (u0 + ((u1 - u0) * (a + 0.5)) / n) * f.w;
    for (let b = 0; b < n; b++) {
      const v = (v0 + ((v1 - v0) * (b + 0.5)) / n) * f.w;
      // v runs perpendicular to the corners' line, towards the chin on an upright face
      const x = Math.round(f.cx + u * f.ux - v * f.uy);
      const y = Math.round(f.cy + u * f.uy + v * f.ux);
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
      const i = (y * img.width + x) * 3;
      out.push(0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!);
    }
  }
  return out;
}

/**
 * Share of the mouth region darker than `DARK_SHARE` of the skin above the upper lip, 0..1. An
 * opened mouth shows the unlit cavity behind the lips; closed lips show a thin line at most. A
 * beard's shade or a photo's fixed open mouth keep their level from frame to frame, so detectors
 * read the rise of this share within a step, never its level. It does not depend on where the
 * mesh puts the lips, which on some faces barely follow an opening jaw.
 */
export function mouthDarkness(img: RgbImage, mesh: readonly Point3[]): number {
  const right = mesh[LM.mouthRightOuter];
  const left = mesh[LM.mouthLeftOuter];
  if (!right || !left) return 0;
  const w = dist2d(left, right);
  if (w < 1) return 0;
  const [cx, cy] = mid(left, right);
  const f: MouthAxes = {
    cx,
    cy,
    ux: (left[0] - right[0]) / w,
    uy: (left[1] - right[1]) / w,
    w,
  };
  const skin = sampleLuma(img, f, MOUTH_REGION.skinU, MOUTH_REGION.skinV).sort((a, b) => a - b);
  const mouth = sampleLuma(img, f, MOUTH_REGION.u, MOUTH_REGION.v);
  if (skin.length === 0 || mouth.length === 0) return 0;
  const limit = DARK_SHARE * skin[Math.floor(skin.length / 2)]!;
  return mouth.filter((v) => v < limit).length / mouth.length;
}
