export { THRESHOLDS, type Thresholds } from './thresholds.ts';
export { REASON_CODES, type LivenessReasonCode } from './reason-codes.ts';
export type { ActionCheck, AnalysedFrame, FaceFrame, LivenessReason } from './types.ts';
export { detectNod } from './nod.ts';
export { detectShake } from './shake.ts';
export { detectMouth } from './mouth.ts';
export { detectBlink } from './blink.ts';
export { detectGaze } from './gaze.ts';
export { checkChallenge, DETECTORS, type StepOutcome } from './challenge.ts';
export { fitHomography, homographyResidual, applyHomography } from './homography.ts';
export { measureParallax, measureMotion, RIGID_POINTS, type ParallaxResult } from './parallax.ts';
export {
  frameProblems,
  assessQuality,
  type FrameProblem,
  type QualityAssessment,
} from './quality.ts';
export { checkIdentity, type IdentityResult, type SampledEmbedding } from './identity.ts';
export { checkFreshness, type ChallengeNonce, type FreshnessInput } from './freshness.ts';
export { assessLiveness, type LivenessAssessment, type LivenessInput } from './assess-liveness.ts';
export { decide, type DecideInput, type MatchResult } from './decide.ts';
export { steadyFrames } from './steady.ts';
export { sampleFrames, framesAroundDip, BLINK_SPACING_MS } from './sample-frames.ts';
export { affineCameraResidual } from './affine-camera.ts';
export {
  guidanceOf,
  GUIDANCE_THRESHOLDS,
  type Guidance,
  type GuidanceFinding,
} from './guidance.ts';
