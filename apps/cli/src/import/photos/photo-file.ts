import path from 'node:path';
import { parseIdNumber, type IdNumberError } from '@lifecert/core';
import sharp from 'sharp';

export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png'] as const;
/** Larger files are not passport-style photos; refusing them keeps a stray scan out of the table. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * File names are ID numbers, so reports and logs show them masked: enough for an operator who
 * has the folder to find the file, not enough to read the number.
 */
export const maskFileName = (fileName: string): string => {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  if (stem.length < 8) return fileName;
  return `${stem.slice(0, 3)}${'*'.repeat(stem.length - 5)}${stem.slice(-2)}${ext}`;
};

export type PhotoName =
  { ok: true; idNumber: string } | { ok: false; reason: 'not_image_name' | IdNumberError };

/** `<ID number>.jpg|.jpeg|.png`; the number is normalised (x to X, 15 to 18 digits). */
export const parsePhotoFileName = (fileName: string): PhotoName => {
  const ext = path.extname(fileName).toLowerCase();
  if (!(PHOTO_EXTENSIONS as readonly string[]).includes(ext)) {
    return { ok: false, reason: 'not_image_name' };
  }
  const id = parseIdNumber(path.basename(fileName, path.extname(fileName)));
  return id.ok ? { ok: true, idNumber: id.value.number } : { ok: false, reason: id.error };
};

export type PhotoBytes =
  | { ok: true; jpeg: Uint8Array; format: 'jpeg' | 'png' }
  | { ok: false; reason: 'not_image' | 'too_large' };

/**
 * The stored photo is always JPEG (the column says so): JPEGs are kept byte for byte, PNGs are
 * converted once here. The content decides the format, not the extension.
 */
export const toReferenceJpeg = async (bytes: Buffer): Promise<PhotoBytes> => {
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: 'too_large' };
  try {
    const image = sharp(bytes, { failOn: 'error' });
    const { format, width, height } = await image.metadata();
    if ((format !== 'jpeg' && format !== 'png') || !width || !height) {
      return { ok: false, reason: 'not_image' };
    }
    if (format === 'png') {
      const jpeg = await image.flatten({ background: '#ffffff' }).jpeg({ quality: 92 }).toBuffer();
      return { ok: true, jpeg, format };
    }
    // Decoding every pixel catches a truncated upload, which the header alone does not show.
    await image.stats();
    return { ok: true, jpeg: bytes, format };
  } catch {
    return { ok: false, reason: 'not_image' };
  }
};
