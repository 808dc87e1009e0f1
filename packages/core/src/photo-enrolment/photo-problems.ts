import type { DomainErrorCode } from '../errors.ts';
import type { PhotoAssessment, PhotoLimits, PhotoMeasures } from './ports.ts';

export const PHOTO_PROBLEMS = [
  'photo_unreadable',
  'photo_no_face',
  'photo_multiple_faces',
  'photo_face_too_small',
  'photo_not_frontal',
  'photo_too_dark',
  'photo_too_blurry',
] as const satisfies readonly DomainErrorCode[];
export type PhotoProblem = (typeof PHOTO_PROBLEMS)[number];

/**
 * Why a photo cannot be a reference, most fundamental first (the first is the one the clerk is
 * told; all are returned so the screen can list them). Empty when the photo is good.
 */
export const photoProblems = (m: PhotoMeasures, limits: PhotoLimits): PhotoProblem[] => {
  const problems: PhotoProblem[] = [];
  if (m.faces === 0) {
    // A dark frame is the likely reason no face was found: say so.
    return m.brightness < limits.minBrightness
      ? ['photo_no_face', 'photo_too_dark']
      : ['photo_no_face'];
  }
  if (m.faces > 1) problems.push('photo_multiple_faces');
  if (m.faceSizeRatio < limits.minFaceSizeRatio) problems.push('photo_face_too_small');
  const { yaw, pitch, roll } = m.pose;
  if (Math.max(Math.abs(yaw), Math.abs(pitch), Math.abs(roll)) > limits.maxPoseDeg) {
    problems.push('photo_not_frontal');
  }
  if (m.brightness < limits.minBrightness) problems.push('photo_too_dark');
  if (m.sharpness < limits.minSharpness) problems.push('photo_too_blurry');
  return problems;
};

export type PhotoVerdict =
  | { ok: true; embedding: { vector: Float32Array; model: string }; measures: PhotoMeasures }
  | { ok: false; problems: PhotoProblem[] };

/** The server's judgement of a candidate reference photo from the engine's assessment. */
export const judgePhoto = (a: PhotoAssessment): PhotoVerdict => {
  if (!a.readable) return { ok: false, problems: ['photo_unreadable'] };
  const problems = photoProblems(a.measures, a.limits);
  if (problems.length > 0) return { ok: false, problems };
  // A face that passed every check but could not be embedded is no usable reference.
  if (!a.embedding) return { ok: false, problems: ['photo_no_face'] };
  return { ok: true, embedding: a.embedding, measures: a.measures };
};
