// Frames the photo like a selfie: the face scaled to a typical share of the frame and centred, the
// photo resampled once (with a proper filter) so the renderer samples it near 1:1.
import sharp from 'sharp';
import { CHEEK_LEFT, CHEEK_RIGHT, FACE_OVAL } from './face-regions.ts';
import type { MeshPoint } from './head-model.ts';
import type { Texture } from './rasterise.ts';

export type FramedPhoto = {
  texture: Texture;
  mesh: MeshPoint[];
  /** frame position of texture pixel (0, 0) */
  offset: [number, number];
};

export type Framing = { width: number; height: number; faceShare: number; centreY: number };

export const SELFIE: Omit<Framing, 'width' | 'height'> = { faceShare: 0.4, centreY: 0.46 };

/** Decodes with EXIF orientation applied and alpha dropped: the frame the detector saw. */
export async function decodeRgb(image: Uint8Array): Promise<Texture> {
  const { data, info } = await sharp(image)
    .rotate()
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`expected 3 channels, got ${info.channels}`);
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
    channels: 3,
  };
}

export async function framePhoto(
  photo: Texture,
  mesh: readonly MeshPoint[],
  framing: Framing,
): Promise<FramedPhoto> {
  const l = mesh[CHEEK_LEFT],
    r = mesh[CHEEK_RIGHT];
  if (!l || !r) throw new Error('face mesh too short');
  const faceWidth = Math.hypot(l[0] - r[0], l[1] - r[1]);
  const scale = (framing.faceShare * framing.width) / faceWidth;
  const width = Math.max(1, Math.round(photo.width * scale));
  const height = Math.max(1, Math.round(photo.height * scale));
  const sx = width / photo.width,
    sy = height / photo.height;
  const { data } = await sharp(photo.data, {
    raw: { width: photo.width, height: photo.height, channels: 3 },
  })
    .resize(width, height, { kernel: 'lanczos3', fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const scaled: MeshPoint[] = mesh.map(
    (p) => [p[0] * sx, p[1] * sy, (p[2] * (sx + sy)) / 2] as const,
  );
  let cx = 0,
    cy = 0;
  for (const i of FACE_OVAL) {
    cx += scaled[i]![0];
    cy += scaled[i]![1];
  }
  cx /= FACE_OVAL.length;
  cy /= FACE_OVAL.length;
  return {
    texture: {
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
      width,
      height,
      channels: 3,
    },
    mesh: scaled,
    offset: [framing.width / 2 - cx, framing.height * framing.centreY - cy],
  };
}
