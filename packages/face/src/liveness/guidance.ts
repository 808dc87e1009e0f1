// Live guidance while the person gets into position: one still from the camera, analysed by the
// same engine that later judges the recording, turned into the one thing to fix first. Advice
// only: a preview never counts as evidence, the recording is judged on its own.
import type { FrameAnalysis } from '../types.ts';
import { frameProblems, type FrameProblem, type QualityLimits } from './quality.ts';
import { THRESHOLDS } from './thresholds.ts';

export type GuidanceFinding = FrameProblem | 'ok';

/**
 * What to fix first: darkness explains a missing face, a missing face makes size meaningless, a
 * second person is a reason to fail on its own, blur is the least likely to persist.
 */
const PRIORITY: readonly FrameProblem[] = [
  'too_dark',
  'no_face',
  'multiple_faces',
  'face_too_small',
  'too_blurry',
];

/**
 * The guidance asks for some room above the limits the recording is judged by (brighter, closer),
 * so that someone who follows it is not on the edge when they start turning their head, which
 * darkens and shrinks the face.
 */
export const GUIDANCE_THRESHOLDS: QualityLimits = {
  ...THRESHOLDS.quality,
  minBrightness: Math.round(THRESHOLDS.quality.minBrightness * 1.25),
  minFaceSizeRatio: THRESHOLDS.quality.minFaceSizeRatio * 1.25,
};

export type Guidance = {
  finding: GuidanceFinding;
  /** every problem seen, most important first */
  problems: FrameProblem[];
  faces: number;
  /** face width over frame width, 0 without a face */
  faceSize: number;
  brightness: number;
};

export function guidanceOf(a: FrameAnalysis, th = GUIDANCE_THRESHOLDS): Guidance {
  const seen = new Set(frameProblems(a, th));
  const problems = PRIORITY.filter((p) => seen.has(p));
  return {
    finding: problems[0] ?? 'ok',
    problems,
    faces: a.faces.length,
    faceSize: Math.round(a.quality.faceSizeRatio * 100) / 100,
    brightness: Math.round(a.quality.brightness),
  };
}
