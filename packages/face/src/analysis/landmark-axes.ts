import type { RgbImage } from '../image/decode-image.ts';
import type { Point3 } from '../types.ts';
import { dist2d, mid } from './vec.ts';

/**
 * A frame of reference set by two landmarks (a feature's corners, first the one on the image's
 * left): their middle, the unit vector from the first to the second and their distance, in pixels.
 * Regions measured in it turn and scale with the face.
 */
export type LandmarkAxes = { cx: number; cy: number; ux: number; uy: number; w: number };

/** The axes from `a` to `b`; `w` is 0 when they coincide, and the unit vector is then NaN. */
export function axesBetween(a: Point3, b: Point3): LandmarkAxes {
  const w = dist2d(a, b);
  const [cx, cy] = mid(a, b);
  return { cx, cy, ux: (b[0] - a[0]) / w, uy: (b[1] - a[1]) / w, w };
}

/**
 * The image point `u` pixels along the axes and `v` across them from their middle; `v` runs
 * towards the chin on an upright face.
 */
export function axesPoint(f: LandmarkAxes, u: number, v: number): [number, number] {
  return [f.cx + u * f.ux - v * f.uy, f.cy + u * f.uy + v * f.ux];
}

/** Luma (BT.601) of the pixel at whole coordinates inside the image. */
export function pixelLuma(img: RgbImage, x: number, y: number): number {
  const i = (y * img.width + x) * 3;
  return 0.299 * img.data[i]! + 0.587 * img.data[i + 1]! + 0.114 * img.data[i + 2]!;
}
