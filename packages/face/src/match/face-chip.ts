import type { RgbImage } from '../image/decode-image.ts';
import { applySimilarity, type Similarity, similarityScale } from './similarity-transform.ts';

/**
 * Samples a size x size RGB chip whose pixel (x, y) is image point `chipToImage(x, y)`, with
 * bilinear interpolation. When the chip shrinks the face by 2x or more, the region is first
 * area-averaged by that integer factor, so a high-resolution frame does not alias.
 */
export function extractChip(img: RgbImage, chipToImage: Similarity, size: number): Uint8Array {
  const factor = Math.floor(similarityScale(chipToImage));
  if (factor < 2) return sampleBilinear(img, chipToImage, size);
  // Region of the image the chip covers (its four corners), plus a margin for interpolation.
  const corners = [
    [0, 0],
    [size, 0],
    [0, size],
    [size, size],
  ].map(([x, y]) => applySimilarity(chipToImage, [x!, y!]));
  const x0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c[0]))) - factor);
  const y0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c[1]))) - factor);
  const x1 = Math.min(img.width, Math.ceil(Math.max(...corners.map((c) => c[0]))) + factor);
  const y1 = Math.min(img.height, Math.ceil(Math.max(...corners.map((c) => c[1]))) + factor);
  if (x1 - x0 < factor || y1 - y0 < factor) return sampleBilinear(img, chipToImage, size);
  const small = areaDownscale(img, x0, y0, x1, y1, factor);
  // The same mapping expressed in the downscaled region's pixels (centres of factor x factor cells).
  const t: Similarity = {
    a: chipToImage.a / factor,
    b: chipToImage.b / factor,
    tx: (chipToImage.tx - x0) / factor - 0.5 + 0.5 / factor,
    ty: (chipToImage.ty - y0) / factor - 0.5 + 0.5 / factor,
  };
  return sampleBilinear(small, t, size);
}

function areaDownscale(
  img: RgbImage,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  f: number,
): RgbImage {
  const width = Math.floor((x1 - x0) / f);
  const height = Math.floor((y1 - y0) / f);
  const sums = new Uint32Array(width * height * 3);
  const src = img.data;
  for (let y = 0; y < height * f; y++) {
    const row = ((y0 + y) * img.width + x0) * 3;
    const orow = Math.floor(y / f) * width * 3;
    for (let x = 0; x < width * f; x++) {
      const i = row + x * 3;
      const o = orow + Math.floor(x / f) * 3;
      sums[o] = sums[o]! + src[i]!;
      sums[o + 1] = sums[o + 1]! + src[i + 1]!;
      sums[o + 2] = sums[o + 2]! + src[i + 2]!;
    }
  }
  const data = new Uint8Array(sums.length);
  const n = f * f;
  for (let i = 0; i < sums.length; i++) data[i] = Math.round(sums[i]! / n);
  return { data, width, height };
}

function sampleBilinear(img: RgbImage, chipToImage: Similarity, size: number): Uint8Array {
  const out = new Uint8Array(size * size * 3);
  const { width: w, height: h, data } = img;
  const { a, b, tx, ty } = chipToImage;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const ix = a * x - b * y + tx;
      const iy = b * x + a * y + ty;
      const xf = Math.floor(ix);
      const yf = Math.floor(iy);
      const fx = ix - xf;
      const fy = iy - yf;
      // Outside the frame reads as the nearest edge pixel, as a camera would have continued it.
      const xa = xf < 0 ? 0 : xf >= w ? w - 1 : xf;
      const xb = xf + 1 < 0 ? 0 : xf + 1 >= w ? w - 1 : xf + 1;
      const ya = yf < 0 ? 0 : yf >= h ? h - 1 : yf;
      const yb = yf + 1 < 0 ? 0 : yf + 1 >= h ? h - 1 : yf + 1;
      const p00 = (ya * w + xa) * 3;
      const p01 = (ya * w + xb) * 3;
      const p10 = (yb * w + xa) * 3;
      const p11 = (yb * w + xb) * 3;
      const o = (y * size + x) * 3;
      for (let c = 0; c < 3; c++) {
        const top = data[p00 + c]! * (1 - fx) + data[p01 + c]! * fx;
        const bottom = data[p10 + c]! * (1 - fx) + data[p11 + c]! * fx;
        out[o + c] = Math.round(top * (1 - fy) + bottom * fy);
      }
    }
  }
  return out;
}

/** The chip mirrored left to right (RGB, size x size). */
export function mirrorChip(chip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(chip.length);
  for (let y = 0; y < size; y++) {
    const row = y * size * 3;
    for (let x = 0; x < size; x++) {
      const from = row + (size - 1 - x) * 3;
      const to = row + x * 3;
      out[to] = chip[from]!;
      out[to + 1] = chip[from + 1]!;
      out[to + 2] = chip[from + 2]!;
    }
  }
  return out;
}
