import type { StringKey } from '../i18n/i18n.ts';

export type FaceBox = { width: number; height: number };

export type Observation = {
  /** mean luma 0-255 over a downscaled frame */
  brightness: number;
  frameWidth: number;
  /** null where the browser cannot detect faces (no FaceDetector) */
  faces: FaceBox[] | null;
};

// Guidance only: the server decides. Thresholds are deliberately loose so the page never
// blocks someone the server would accept.
const DARK_LUMA = 45;
const SMALL_FACE_SHARE = 0.2;

export function guidanceFor(o: Observation): StringKey {
  if (o.brightness < DARK_LUMA) return 'guideDark';
  if (o.faces) {
    if (o.faces.length === 0) return 'guideNoFace';
    if (o.faces.length > 1) return 'guideMany';
    if (o.faces[0]!.width < o.frameWidth * SMALL_FACE_SHARE) return 'guideSmall';
  }
  return 'guideOk';
}

/** Mean Rec. 601 luma of RGBA pixels. */
export function meanLuma(rgba: Uint8ClampedArray): number {
  let sum = 0;
  const n = rgba.length / 4;
  for (let i = 0; i < rgba.length; i += 4) {
    sum += 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
  }
  return n > 0 ? sum / n : 0;
}
