import { THRESHOLDS } from './thresholds.ts';
import type { ActionCheck, FaceFrame } from './types.ts';

/** Looking at the screen: head and eyes frontal, held without a break for a minimum time. */
export function detectGaze(frames: readonly FaceFrame[], th = THRESHOLDS.gaze): ActionCheck {
  if (frames.length < 3)
    return { ok: false, why: 'too_few_frames', evidence: { frames: frames.length } };
  const frontal = frames.map(
    ({ face }) =>
      Math.abs(face.pose.yaw) <= th.maxHeadYawDeg &&
      Math.abs(face.pose.pitch) <= th.maxHeadPitchDeg &&
      Math.abs(face.gaze.yaw) <= th.maxGazeYawDeg &&
      Math.abs(face.gaze.pitch) <= th.maxGazePitchDeg,
  );
  let longest = 0;
  let start = -1;
  for (let i = 0; i < frames.length; i++) {
    if (!frontal[i]) {
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    longest = Math.max(longest, frames[i]!.t - frames[start]!.t);
  }
  const evidence = {
    heldMs: longest,
    frontalShare: Math.round((100 * frontal.filter(Boolean).length) / frames.length) / 100,
  };
  if (!frontal.some(Boolean)) return { ok: false, why: 'not_frontal', evidence };
  if (longest < th.minHoldMs) return { ok: false, why: 'not_held', evidence };
  return { ok: true, evidence };
}
