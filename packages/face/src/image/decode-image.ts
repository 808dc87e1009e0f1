// Every model here wants 8-bit RGB in display orientation; phones write EXIF-rotated JPEGs and
// LFW ships greyscale, so both are normalised once, here.
import sharp from 'sharp';

export type RgbImage = { data: Uint8Array; width: number; height: number };

export async function decodeImage(bytes: Uint8Array): Promise<RgbImage> {
  const { data, info } = await sharp(bytes, { failOn: 'error' })
    .rotate()
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels === 3) {
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
  }
  // sharp keeps single-band images single-band on raw output; expand to three equal channels.
  const n = info.width * info.height;
  const rgb = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) {
    const v = data[i * info.channels] ?? 0;
    rgb[i * 3] = v;
    rgb[i * 3 + 1] = v;
    rgb[i * 3 + 2] = v;
  }
  return { data: rgb, width: info.width, height: info.height };
}

/** Whether the bytes decode as the engine decodes them (a truncated or foreign file does not). */
export const decodes = (bytes: Uint8Array): Promise<boolean> =>
  decodeImage(bytes).then(
    () => true,
    () => false,
  );

/**
 * Pads an image by `fraction` of its size on every side: tight crops (LFW, registry photos) need
 * context before a detector sees a face. The border is mid-grey.
 */
export function padImage(img: RgbImage, fraction: number): RgbImage {
  const px = Math.round(img.width * fraction);
  const py = Math.round(img.height * fraction);
  const width = img.width + 2 * px;
  const height = img.height + 2 * py;
  const data = new Uint8Array(width * height * 3).fill(128);
  for (let y = 0; y < img.height; y++) {
    data.set(
      img.data.subarray(y * img.width * 3, (y + 1) * img.width * 3),
      ((y + py) * width + px) * 3,
    );
  }
  return { data, width, height };
}
