import sharp from 'sharp';

/**
 * Whether the bytes decode as an image, as strictly as the face engine decodes them, so that a
 * truncated or foreign file is reported by name before any model runs.
 */
export const decodes = (bytes: Uint8Array): Promise<boolean> =>
  sharp(bytes, { failOn: 'error' })
    .raw()
    .toBuffer()
    .then(
      () => true,
      () => false,
    );
