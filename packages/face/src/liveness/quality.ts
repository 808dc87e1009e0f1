import type { FrameAnalysis } from '../types.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { AnalysedFrame, LivenessReason } from './types.ts';

export type FrameProblem =
  'no_face' | 'multiple_faces' | 'too_dark' | 'too_blurry' | 'face_too_small';

export type QualityLimits = { readonly [K in keyof typeof THRESHOLDS.quality]: number };

/** Why a frame cannot be used to judge the person, empty when it can. */
export function frameProblems(
  a: FrameAnalysis,
  th: QualityLimits = THRESHOLDS.quality,
): FrameProblem[] {
  const problems: FrameProblem[] = [];
  // Darkness is judged even without a face: a dark frame is the likely reason none was found.
  if (a.quality.brightness < th.minBrightness) problems.push('too_dark');
  if (a.faces.length === 0) return [...problems, 'no_face'];
  if (a.faces.length > 1) problems.push('multiple_faces');
  if (a.quality.sharpness < th.minSharpness) problems.push('too_blurry');
  if (a.quality.faceSizeRatio < th.minFaceSizeRatio) problems.push('face_too_small');
  return problems;
}

export type QualityAssessment = {
  /** frames a detector may read, in recording order */
  usable: AnalysedFrame[];
  unusableShare: number;
  counts: Record<FrameProblem, number>;
  reasons: LivenessReason[];
};

/**
 * Per-frame problems summed over the recording. A second face fails the attempt on its own when
 * it is seen in more than a frame or two (someone else in view); the other problems fail it when
 * too large a share of frames is unusable, naming each problem that is common enough to matter.
 */
export function assessQuality(
  frames: readonly AnalysedFrame[],
  th = THRESHOLDS.quality,
): QualityAssessment {
  const counts: Record<FrameProblem, number> = {
    no_face: 0,
    multiple_faces: 0,
    too_dark: 0,
    too_blurry: 0,
    face_too_small: 0,
  };
  const usable: AnalysedFrame[] = [];
  for (const frame of frames) {
    const problems = frameProblems(frame.analysis, th);
    for (const p of problems) counts[p]++;
    if (problems.length === 0) usable.push(frame);
  }
  const total = Math.max(frames.length, 1);
  const unusableShare = (frames.length - usable.length) / total;
  const reasons: LivenessReason[] = [];
  if (counts.multiple_faces > th.maxMultiFaceFrames) {
    reasons.push({ code: 'multiple_faces', detail: { frames: counts.multiple_faces } });
  }
  if (unusableShare > th.maxUnusableShare) {
    for (const code of ['no_face', 'too_dark', 'too_blurry', 'face_too_small'] as const) {
      const share = counts[code] / total;
      if (share >= th.reportShare) {
        reasons.push({ code, detail: { share: Math.round(share * 100) / 100 } });
      }
    }
    reasons.push({
      code: 'too_many_unusable_frames',
      detail: {
        share: Math.round(unusableShare * 100) / 100,
        maxShare: th.maxUnusableShare,
      },
    });
  }
  return { usable, unusableShare, counts, reasons };
}
