import type { RgbImage } from '../image/decode-image.ts';
import type { Point3 } from '../types.ts';
import { axesBetween, axesPoint, pixelLuma } from './landmark-axes.ts';
import { LM } from './landmarks.ts';

/**
 * The patch around each eye, in eye widths (corner to corner) from the middle of its corners:
 * `u` along the corners' line, `v` across it, towards the chin. It holds both lids, a little of
 * the skin beside and below the eye and stops short of the brow, whose movement is not a blink.
 */
export const EYE_PATCH = {
  u: [-0.7, 0.7],
  v: [-0.4, 0.35],
  cols: 12,
  rows: 8,
  /** bilinear samples per side averaged into each cell, so a cell sees its area, not one point */
  sub: 3,
} as const;

/** Below this luma spread (0..255) a patch is flat: its normalised values would be noise. */
const MIN_SPREAD = 2;

/**
 * Each eye's patch as zero-mean, unit-variance luma, row by row (`EYE_PATCH.cols` x `rows`); empty
 * when the patch leaves the image or is flat. Normalised so that exposure drift does not read as
 * change; what a blink changes is the pattern: iris and white give way to the lid's skin. Only the
 * pattern's change within a step is read (`liveness/blink.ts`), never the pattern itself.
 */
export function eyePatches(
  img: RgbImage,
  mesh: readonly Point3[],
): { left: number[]; right: number[] } {
  // Corners in image order (left to right), so `v` points down on an upright face for both eyes.
  return {
    right: eyePatch(img, mesh[LM.rightEyeOuter], mesh[LM.rightEyeInner]),
    left: eyePatch(img, mesh[LM.leftEyeInner], mesh[LM.leftEyeOuter]),
  };
}

function eyePatch(img: RgbImage, a: Point3 | undefined, b: Point3 | undefined): number[] {
  if (!a || !b) return [];
  const f = axesBetween(a, b);
  const { w } = f;
  if (w < 2) return [];
  const { u: U, v: V, cols, rows, sub } = EYE_PATCH;
  const du = ((U[1] - U[0]) * w) / cols,
    dv = ((V[1] - V[0]) * w) / rows;
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      for (let i = 0; i < sub; i++) {
        for (let j = 0; j < sub; j++) {
          const u = U[0] * w + du * (c + (j + 0.5) / sub);
          const v = V[0] * w + dv * (r + (i + 0.5) / sub);
          const luma = lumaAt(img, ...axesPoint(f, u, v));
          if (luma === null) return [];
          sum += luma;
        }
      }
      out.push(sum / (sub * sub));
    }
  }
  return standardise(out);
}

/** Bilinear luma (BT.601) at a point between pixel centres; null outside the image. */
function lumaAt(img: RgbImage, x: number, y: number): number | null {
  const fx = x - 0.5,
    fy = y - 0.5;
  const x0 = Math.floor(fx),
    y0 = Math.floor(fy);
  if (x0 < 0 || y0 < 0 || x0 + 1 >= img.width || y0 + 1 >= img.height) return null;
  const ax = fx - x0,
    ay = fy - y0;
  const top = pixelLuma(img, x0, y0) * (1 - ax) + pixelLuma(img, x0 + 1, y0) * ax;
  const bottom = pixelLuma(img, x0, y0 + 1) * (1 - ax) + pixelLuma(img, x0 + 1, y0 + 1) * ax;
  return top * (1 - ay) + bottom * ay;
}

function standardise(xs: number[]): number[] {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const spread = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
  if (spread < MIN_SPREAD) return [];
  return xs.map((x) => (x - mean) / spread);
}
