import type { Human } from '@vladmandic/human';
import type { RgbImage } from '../image/decode-image.ts';
import type { Box, FaceObservation, FrameAnalysis, Point3 } from '../types.ts';
import { detectRawFaces, type RawFace } from './detect-faces.ts';
import { eyePatches } from './eye-patches.ts';
import { eyeOpenness, lipsHeight, mouthOpenness } from './eyes-mouth.ts';
import { frameQuality } from './frame-quality.ts';
import { gazeDirection } from './gaze.ts';
import { headPose } from './head-pose.ts';
import { mouthDarkness } from './mouth-darkness.ts';
import { removeNested } from './remove-nested.ts';

/** The face's own extent: Human's `box` is an enlarged crop, the mesh's 468 face points are not. */
export function meshBox(mesh: readonly Point3[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < Math.min(468, mesh.length); i++) {
    const p = mesh[i]!;
    x0 = Math.min(x0, p[0]);
    y0 = Math.min(y0, p[1]);
    x1 = Math.max(x1, p[0]);
    y1 = Math.max(y1, p[1]);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function observe(raw: RawFace, img: RgbImage): FaceObservation {
  const pose = headPose(raw.mesh);
  return {
    box: meshBox(raw.mesh),
    score: raw.score,
    mesh: raw.mesh,
    pose,
    eyeOpenness: eyeOpenness(raw.mesh),
    mouthOpenness: mouthOpenness(raw.mesh),
    lipsHeight: lipsHeight(raw.mesh),
    mouthDarkness: mouthDarkness(img, raw.mesh),
    eyePatches: eyePatches(img, raw.mesh),
    gaze: gazeDirection(raw.mesh, pose),
  };
}

export function describeFrame(img: RgbImage, raw: readonly RawFace[]): FrameAnalysis {
  const faces = removeNested(raw.map((r) => observe(r, img)));
  return {
    width: img.width,
    height: img.height,
    faces,
    quality: frameQuality(img, faces[0]?.box),
  };
}

export async function analyzeFrame(human: Human, img: RgbImage): Promise<FrameAnalysis> {
  return describeFrame(img, await detectRawFaces(human, img));
}
