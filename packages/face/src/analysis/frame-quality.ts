import type { RgbImage } from '../image/decode-image.ts';
import type { Box, FrameQuality } from '../types.ts';

/**
 * Quality is measured on the face resampled to this width, so that sharpness means the same on a
 * 240p and a 1080p frame: what matters is detail at the scale the matcher sees (150 px chips).
 */
export const QUALITY_WIDTH = 128;

/** Luma (BT.601) of the box, area-averaged down to at most QUALITY_WIDTH columns. */
export function boxLuma(img: RgbImage, box: Box): { luma: Float32Array; w: number; h: number } {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(img.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(img.height, Math.ceil(box.y + box.height));
  const bw = Math.max(1, x1 - x0);
  const bh = Math.max(1, y1 - y0);
  const step = Math.max(1, bw / QUALITY_WIDTH);
  const w = Math.max(1, Math.floor(bw / step));
  const h = Math.max(1, Math.floor(bh / step));
  const luma = new Float32Array(w * h);
  const d = img.data;
  for (let ty = 0; ty < h; ty++) {
    const sy0 = y0 + Math.floor(ty * step);
    const sy1 = Math.max(sy0 + 1, Math.min(y1, y0 + Math.floor((ty + 1) * step)));
    for (let tx = 0; tx < w; tx++) {
      const sx0 = x0 + Math.floor(tx * step);
      const sx1 = Math.max(sx0 + 1, Math.min(x1, x0 + Math.floor((tx + 1) * step)));
      let sum = 0;
      for (let y = sy0; y < sy1; y++) {
        for (let x = sx0; x < sx1; x++) {
          const i = (y * img.width + x) * 3;
          sum += 0.299 * (d[i] ?? 0) + 0.587 * (d[i + 1] ?? 0) + 0.114 * (d[i + 2] ?? 0);
        }
      }
      luma[ty * w + tx] = sum / ((sy1 - sy0) * (sx1 - sx0));
    }
  }
  return { luma, w, h };
}

export function frameQuality(img: RgbImage, face: Box | undefined): FrameQuality {
  const box = face ?? { x: 0, y: 0, width: img.width, height: img.height };
  const { luma, w, h } = boxLuma(img, box);
  let sum = 0;
  for (const v of luma) sum += v;
  return {
    brightness: sum / luma.length,
    sharpness: laplacianVariance(luma, w, h),
    faceSizeRatio: face ? face.width / img.width : 0,
  };
}

/** Variance of the 4-neighbour Laplacian: low on blurred images, high on detailed ones. */
export function laplacianVariance(luma: Float32Array, w: number, h: number): number {
  if (w < 3 || h < 3) return 0;
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const lap =
        (luma[i - 1] ?? 0) +
        (luma[i + 1] ?? 0) +
        (luma[i - w] ?? 0) +
        (luma[i + w] ?? 0) -
        4 * (luma[i] ?? 0);
      n++;
      const delta = lap - mean;
      mean += delta / n;
      m2 += delta * (lap - mean);
    }
  }
  return m2 / n;
}
