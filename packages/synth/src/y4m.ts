// YUV4MPEG2 for Chromium's --use-file-for-fake-video-capture: 4:2:0, BT.601 limited range (what
// Chromium assumes for I420 frames), chroma averaged over each 2x2 block (JPEG siting). The file
// loops, so recordings start and end at rest.
import { open } from 'node:fs/promises';
import sharp from 'sharp';

export function y4mHeader(width: number, height: number, fps: number): string {
  return `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`;
}

export function rgbToI420(rgb: Uint8Array, width: number, height: number): Uint8Array {
  if (width % 2 || height % 2) throw new Error('4:2:0 needs even frame dimensions');
  const ySize = width * height;
  const cw = width / 2;
  const out = new Uint8Array(ySize * 1.5);
  const uOff = ySize,
    vOff = ySize + ySize / 4;
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      let cb = 0,
        cr = 0;
      for (let dy = 0; dy < 2; dy++) {
        for (let dx = 0; dx < 2; dx++) {
          const p = (y + dy) * width + x + dx;
          const r = rgb[p * 3]!,
            g = rgb[p * 3 + 1]!,
            b = rgb[p * 3 + 2]!;
          out[p] = Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
          cb += (-37.797 * r - 74.203 * g + 112 * b) / 255;
          cr += (112 * r - 93.786 * g - 18.214 * b) / 255;
        }
      }
      const c = (y / 2) * cw + x / 2;
      out[uOff + c] = Math.round(128 + cb / 4);
      out[vOff + c] = Math.round(128 + cr / 4);
    }
  }
  return out;
}

/** Writes JPEG (or PNG) frames as a y4m video; every frame must have the first frame's size. */
export async function writeY4m(
  file: string,
  frames: readonly { image: Uint8Array }[],
  opts: { fps?: number } = {},
): Promise<void> {
  const fh = await open(file, 'w');
  try {
    let size: { width: number; height: number } | undefined;
    for (const frame of frames) {
      const { data, info } = await sharp(frame.image)
        .removeAlpha()
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
      if (!size) {
        size = { width: info.width, height: info.height };
        await fh.write(y4mHeader(info.width, info.height, opts.fps ?? 15));
      } else if (info.width !== size.width || info.height !== size.height) {
        throw new Error('all y4m frames must have the same size');
      }
      await fh.write('FRAME\n');
      await fh.write(
        rgbToI420(
          new Uint8Array(data.buffer, data.byteOffset, data.length),
          info.width,
          info.height,
        ),
      );
    }
  } finally {
    await fh.close();
  }
}
