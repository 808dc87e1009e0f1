// Every uploaded image is cleaned before it is judged, hashed or stored: what we keep is the
// picture, not where, when or with which device it was taken.
import type { ScanContentType } from '@lifecert/core';
import sharp from 'sharp';
import { jpegOrientation, stripJpeg } from './jpeg-segments.ts';
import { pngOrientation, stripPng } from './png-chunks.ts';

export type CleanableType = 'image/jpeg' | 'image/png';

/** An A4 page scanned at 600 dpi is 35 megapixels; more is a decompression bomb, not a scan. */
const MAX_INPUT_PIXELS = 50_000_000;
const JPEG_QUALITY = 92;

/**
 * The image without metadata, upright: an EXIF orientation other than 1 is baked into the pixels
 * first (decode, rotate, re-encode), since the tag that says how to turn the picture goes with
 * the rest of the EXIF block. Undefined when the bytes are not a whole image of that type.
 * Browsers' canvas JPEGs carry no EXIF, but nothing a client sends is taken on trust.
 */
export async function cleanImage(
  bytes: Uint8Array,
  type: CleanableType,
): Promise<Uint8Array | undefined> {
  const [strip, orientation] =
    type === 'image/jpeg' ? [stripJpeg, jpegOrientation] : [stripPng, pngOrientation];
  const stripped = strip(bytes);
  if (!stripped) return undefined;
  if (orientation(bytes) === 1) return stripped;
  const upright = await reorient(bytes, type);
  return upright && strip(upright);
}

async function reorient(bytes: Uint8Array, type: CleanableType): Promise<Uint8Array | undefined> {
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  try {
    const out =
      type === 'image/jpeg'
        ? await image.jpeg({ quality: JPEG_QUALITY }).toBuffer()
        : await image.png().toBuffer();
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    // Corrupt pixel data, or too many of them: the caller refuses the upload.
    return undefined;
  }
}

/**
 * A paper-proof scan as it is stored: JPEG and PNG cleaned, PDF as sent (a PDF's metadata lives
 * in objects that cannot be removed without rewriting the file; see docs/data-protection.md).
 */
export async function cleanScan(
  bytes: Uint8Array,
  type: ScanContentType,
): Promise<Uint8Array | undefined> {
  return type === 'application/pdf' ? bytes : cleanImage(bytes, type);
}
