// Where each embedding model expects the face's landmarks inside its input crop, and which mesh
// points stand for those landmarks.
import { LM } from '../analysis/landmarks.ts';
import { at, mid } from '../analysis/vec.ts';
import type { Point3 } from '../types.ts';
import type { Pt } from './similarity-transform.ts';

/**
 * dlib's 5-point template (get_face_chip_details, dlib/image_transforms/interpolation.h): eye corners
 * and the base of the nose as fractions of the face square, for chips of 150 px with 0.25 padding,
 * the input dlib's face recognition ResNet was trained on.
 */
const DLIB_5 = [
  [0.8595674595992, 0.2134981538014],
  [0.6460604764104, 0.2289674387677],
  [0.1205750620789, 0.2137274526848],
  [0.3340850613712, 0.2290642403242],
  [0.4901123135679, 0.6277975316475],
] as const;

export const DLIB_CHIP = { size: 150, padding: 0.25 } as const;

export function dlibTemplate(size = DLIB_CHIP.size, padding = DLIB_CHIP.padding): Pt[] {
  return DLIB_5.map(([x, y]) => [
    ((padding + x) / (2 * padding + 1)) * size,
    ((padding + y) / (2 * padding + 1)) * size,
  ]);
}

const xy = (p: Point3): Pt => [p[0], p[1]];

/** The mesh points matching dlib's 5: image-right eye's outer and inner corner, then the image-left eye's, then the nose base. */
export function dlibPoints(mesh: readonly Point3[]): Pt[] {
  return [LM.leftEyeOuter, LM.leftEyeInner, LM.rightEyeOuter, LM.rightEyeInner, LM.noseBottom].map(
    (i) => xy(at(mesh, i)),
  );
}

/** The ArcFace 112x112 template (insightface): eye centres, nose tip, mouth corners, image-left first. */
export const ARCFACE_112: readonly Pt[] = [
  [38.2946, 51.6963],
  [73.5318, 51.5014],
  [56.0252, 71.7366],
  [41.5493, 92.3655],
  [70.7299, 92.2041],
];

export function arcfacePoints(mesh: readonly Point3[]): Pt[] {
  const eye = (outer: number, inner: number, upper: number, lower: number): Pt => {
    const a = mid(at(mesh, outer), at(mesh, inner));
    const b = mid(at(mesh, upper), at(mesh, lower));
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  };
  const corner = (outer: number, inner: number): Pt => xy(mid(at(mesh, outer), at(mesh, inner)));
  return [
    eye(LM.rightEyeOuter, LM.rightEyeInner, LM.rightEyeUpper, LM.rightEyeLower),
    eye(LM.leftEyeOuter, LM.leftEyeInner, LM.leftEyeUpper, LM.leftEyeLower),
    xy(at(mesh, LM.noseTip)),
    corner(LM.mouthRightOuter, LM.mouthRightInner),
    corner(LM.mouthLeftOuter, LM.mouthLeftInner),
  ];
}
