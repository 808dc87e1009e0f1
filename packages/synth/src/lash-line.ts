import type { RenderTarget } from './rasterise.ts';

/** Lash line thickness over the eye's width: a closed eye shows a dark seam, not a slit. */
const LASH_WIDTH = 0.07;
/** How much of the light the lashes take at the line's centre. */
const LASH_DARKNESS = 0.65;

/**
 * Darkens an anti-aliased line along a lid's projected points: the lashes where a closed upper
 * lid meets the lower one. Vertex shading cannot draw it, as no ring of the mesh runs between the
 * lid's edge and the fold above it, so shading the edge darkens the whole lid instead.
 * `points` are vertex indices from corner to corner; `amount` is how closed the eye is.
 */
export function drawLashLine(
  target: RenderTarget,
  screen: Float32Array,
  points: readonly number[],
  amount: number,
): void {
  const xs = points.map((i) => screen[i * 3]!);
  const ys = points.map((i) => screen[i * 3 + 1]!);
  const n = points.length;
  const eyeWidth = Math.hypot(xs[n - 1]! - xs[0]!, ys[n - 1]! - ys[0]!);
  const half = Math.max(0.5, (LASH_WIDTH * eyeWidth) / 2);
  const { width: W, height: H, color } = target;
  const x0 = Math.max(0, Math.floor(Math.min(...xs) - half - 1));
  const x1 = Math.min(W - 1, Math.ceil(Math.max(...xs) + half + 1));
  const y0 = Math.max(0, Math.floor(Math.min(...ys) - half - 1));
  const y1 = Math.min(H - 1, Math.ceil(Math.max(...ys) + half + 1));
  const strength = LASH_DARKNESS * Math.min(1, amount);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5,
        py = y + 0.5;
      let d = Infinity;
      for (let k = 0; k + 1 < n; k++) {
        d = Math.min(d, segmentDistance(px, py, xs[k]!, ys[k]!, xs[k + 1]!, ys[k + 1]!));
      }
      const cover = Math.min(1, Math.max(0, half + 0.5 - d));
      if (cover <= 0) continue;
      const o = (y * W + x) * 3;
      const k = 1 - strength * cover;
      color[o] = color[o]! * k;
      color[o + 1] = color[o + 1]! * k;
      color[o + 2] = color[o + 2]! * k;
    }
  }
}

function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax,
    dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
