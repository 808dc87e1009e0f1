// Where each embedding model expects the face's landmarks inside its input crop, and which mesh
// points stand for those landmarks.
import { LM } from '../analysis/landmarks.ts';
import { at } from '../analysis/vec.ts';
import type { Point3 } from '../types.ts';
import type { Pt } from './similarity-transform.ts';

/**
 * dlib's mean face (get_face_chip_details, dlib/image_transforms/interpolation.h) at nine landmarks
 * the mesh also has, as fractions of the face square; `dlibTemplate` places them on the 150 px chip
 * with 0.25 padding that dlib's face recognition ResNet was trained on. Nine points (nose bridge,
 * tip and base, eye corners, mouth corners) align more steadily than dlib's 5-point shape: on a
 * 40-person lfw-dev subset, 9.2% of genuine pairs rejected at FMR 1e-3 instead of 13.4%.
 */
const DLIB_MEAN_FACE: readonly (readonly [mesh: number, x: number, y: number])[] = [
  [168, 0.490127, 0.203352], // 27 nose bridge, between the eyes
  [LM.noseTip, 0.490127, 0.515625], // 30
  [LM.noseBottom, 0.490127, 0.628106], // 33
  [LM.rightEyeOuter, 0.121737, 0.216423], // 36
  [LM.rightEyeInner, 0.334606, 0.231733], // 39
  [LM.leftEyeInner, 0.645647, 0.231733], // 42
  [LM.leftEyeOuter, 0.858516, 0.216423], // 45
  [LM.mouthRightOuter, 0.254149, 0.780233], // 48
  [LM.mouthLeftOuter, 0.726104, 0.780233], // 54
];

export const DLIB_CHIP = { size: 150, padding: 0.25 } as const;

export function dlibTemplate(size = DLIB_CHIP.size, padding = DLIB_CHIP.padding): Pt[] {
  return DLIB_MEAN_FACE.map(([, x, y]) => [
    ((padding + x) / (2 * padding + 1)) * size,
    ((padding + y) / (2 * padding + 1)) * size,
  ]);
}

const xy = (p: Point3): Pt => [p[0], p[1]];

/** The mesh points matching `dlibTemplate`, in the same order. */
export function dlibPoints(mesh: readonly Point3[]): Pt[] {
  return DLIB_MEAN_FACE.map(([i]) => xy(at(mesh, i)));
}

/** The ArcFace 112x112 template (insightface): eye centres, nose tip, mouth corners, image-left first. */
export const ARCFACE_112: readonly Pt[] = [
  [38.2946, 51.6963],
  [73.5318, 51.5014],
  [56.0252, 71.7366],
  [41.5493, 92.3655],
  [70.7299, 92.2041],
];

/** The eye contours of the mesh (upper and lower lids, corner to corner), the person's right first. */
const EYE_CONTOURS = [
  [33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246],
  [263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466],
] as const;
/** MediaPipe's point just above the nose tip (LM.noseTip is the tip itself). */
const NOSE_BRIDGE_END = 4;

/**
 * The mesh points for the ArcFace template: each eye's centre as the mean of its 16 contour
 * points, the point above the nose tip, the outer mouth corners. Of the variants measured on
 * lfw-dev with the optional MobileFaceNet (docs/models.md), this one with the mirrored chip had the
 * fewest rejections; eye centres from the corners and lid midpoints, or from the iris, did slightly
 * worse.
 */
export function arcfacePoints(mesh: readonly Point3[]): Pt[] {
  const centre = (ids: readonly number[]): Pt => [
    ids.reduce((s, i) => s + at(mesh, i)[0], 0) / ids.length,
    ids.reduce((s, i) => s + at(mesh, i)[1], 0) / ids.length,
  ];
  return [
    centre(EYE_CONTOURS[0]),
    centre(EYE_CONTOURS[1]),
    xy(at(mesh, NOSE_BRIDGE_END)),
    xy(at(mesh, LM.mouthRightOuter)),
    xy(at(mesh, LM.mouthLeftOuter)),
  ];
}
