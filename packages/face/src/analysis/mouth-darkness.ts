import type { RgbImage } from '../image/decode-image.ts';
import type { Point3 } from '../types.ts';
import { axesBetween, axesPoint, pixelLuma, type LandmarkAxes } from './landmark-axes.ts';
import { LM } from './landmarks.ts';

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

/** Luma (BT.601) of the pixels at the grid's points, the points outside the image left out. */
function sampleLuma(
  img: RgbImage,
  f: LandmarkAxes,
  [u0, u1]: readonly [number, number],
  [v0, v1]: readonly [number, number],
): number[] {
  const n = MOUTH_REGION.grid;
  const out: number[] = [];
  for (let a = 0; a < n; a++) {
    const u = (u0 + ((u1 - u0) * (a + 0.5)) / n) * f.w;
    for (let b = 0; b < n; b++) {
      const v = (v0 + ((v1 - v0) * (b + 0.5)) / n) * f.w;
      const [px, py] = axesPoint(f, u, v);
      const x = Math.round(px),
        y = Math.round(py);
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
      out.push(pixelLuma(img, x, y));
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
  const f = axesBetween(right, left);
  if (f.w < 1) return 0;
  const skin = sampleLuma(img, f, MOUTH_REGION.skinU, MOUTH_REGION.skinV).sort((a, b) => a - b);
  const mouth = sampleLuma(img, f, MOUTH_REGION.u, MOUTH_REGION.v);
  if (skin.length === 0 || mouth.length === 0) return 0;
  const limit = DARK_SHARE * skin[Math.floor(skin.length / 2)]!;
  return mouth.filter((v) => v < limit).length / mouth.length;
}
