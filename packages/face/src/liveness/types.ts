import type { Action, FaceObservation, FrameAnalysis, Reason } from '../types.ts';
import type { LivenessReasonCode } from './reason-codes.ts';

/** A recorded frame after analysis: what every liveness check reads. */
export type AnalysedFrame = {
  /** ms since the recording's start */
  t: number;
  /** index into the challenge */
  step: number;
  analysis: FrameAnalysis;
  /** digest of the JPEG bytes, to spot repeated frames; absent when not computed */
  hash?: string;
};

/** A frame of one step where exactly one usable face was seen. */
export type FaceFrame = { t: number; face: FaceObservation };

/** Outcome of one detector over one step's frames. */
export type ActionCheck = {
  ok: boolean;
  /** why it failed, a detector-specific sub-code such as `no_return` (absent when ok) */
  why?: string;
  /** the numbers the decision was taken on, for calibration and support */
  evidence: Record<string, number>;
};

export type LivenessReason = Reason & { code: LivenessReasonCode };

export type { Action };
