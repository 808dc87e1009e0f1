import type { Action } from '../types.ts';
import { checkChallenge, type StepOutcome } from './challenge.ts';
import { checkFreshness, type ChallengeNonce } from './freshness.ts';
import { measureMotion, measureParallax, type ParallaxResult } from './parallax.ts';
import { assessQuality } from './quality.ts';
import { THRESHOLDS, type Thresholds } from './thresholds.ts';
import type { AnalysedFrame, FaceFrame, LivenessReason } from './types.ts';

export type LivenessInput = {
  challenge: readonly Action[];
  /** analysed frames in recording order (a sample of the recording is fine) */
  frames: readonly AnalysedFrame[];
  /** timing of every recorded frame, analysed or not; defaults to `frames` */
  timeline?: readonly { t: number; step: number; hash?: string }[];
  nonce?: ChallengeNonce;
  receivedAt?: number;
};

export type LivenessAssessment = {
  reasons: LivenessReason[];
  steps: StepOutcome[];
  parallax: ParallaxResult;
  motion: number;
  unusableShare: number;
  /** the usable frames, for the caller to pick frames to embed */
  usable: AnalysedFrame[];
};

function faceFrames(frames: readonly AnalysedFrame[]): FaceFrame[] {
  return frames.map((f) => ({ t: f.t, face: f.analysis.faces[0]! }));
}

/** Everything about an attempt except who the person is: pure, from analysed frames. */
export function assessLiveness(
  input: LivenessInput,
  th: Thresholds = THRESHOLDS,
): LivenessAssessment {
  const { challenge, frames } = input;
  const reasons: LivenessReason[] = checkFreshness(
    {
      frames: input.timeline ?? frames,
      challenge,
      nonce: input.nonce,
      receivedAt: input.receivedAt,
    },
    th.freshness,
  );
  const quality = assessQuality(frames, th.quality);
  reasons.push(...quality.reasons);
  const usable = quality.usable;
  const byStep = challenge.map((_, step) => faceFrames(usable.filter((f) => f.step === step)));
  const actions = checkChallenge(challenge, byStep, th.minUsableFramesPerStep);
  reasons.push(...actions.reasons);
  const all = faceFrames(usable);
  const motion = measureMotion(all);
  const parallax = measureParallax(all, th.parallax);
  if (all.length >= 2 && motion < th.motion.minMaxDisplacement) {
    reasons.push({
      code: 'no_motion',
      detail: { motion, minMotion: th.motion.minMaxDisplacement },
    });
  }
  if (
    parallax.measured &&
    (parallax.residual < th.parallax.minResidual || parallax.modelRatio < th.parallax.minModelRatio)
  ) {
    reasons.push({
      code: 'no_parallax',
      detail: {
        residual: parallax.residual,
        minResidual: th.parallax.minResidual,
        modelRatio: parallax.modelRatio,
        minModelRatio: th.parallax.minModelRatio,
        poseChangeDeg: parallax.poseChangeDeg,
      },
    });
  }
  return {
    reasons,
    steps: actions.steps,
    parallax,
    motion,
    unusableShare: Math.round(quality.unusableShare * 100) / 100,
    usable,
  };
}
