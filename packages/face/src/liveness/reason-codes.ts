// The machine-readable reasons a liveness decision can carry. Every code is documented in
// README.md beside this file; the apps translate them into plain words.

export const REASON_CODES = [
  'action_not_detected',
  'action_out_of_order',
  'no_parallax',
  'no_motion',
  'face_swapped',
  'multiple_faces',
  'no_face',
  'too_dark',
  'too_blurry',
  'face_too_small',
  'too_many_unusable_frames',
  'stale_recording',
  'challenge_mismatch',
  'frames_out_of_order',
  'duplicate_frames',
  'implausible_timing',
  'step_missing',
  'no_match',
  'reference_unusable',
] as const;

export type LivenessReasonCode = (typeof REASON_CODES)[number];
