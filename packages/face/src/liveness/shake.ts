import { median, round } from './stats.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { ActionCheck, FaceFrame } from './types.ts';

/**
 * A head shake: the yaw swings to both sides of where the head faced at the step's start and end
 * (those frames are the anchor: a one-sided turn and back never crosses it).
 */
export function detectShake(frames: readonly FaceFrame[], th = THRESHOLDS.shake): ActionCheck {
  const yaw = frames.map((f) => f.face.pose.yaw);
  const pitch = frames.map((f) => f.face.pose.pitch);
  if (yaw.length < 3) return { ok: false, why: 'too_few_frames', evidence: { frames: yaw.length } };
  const n = Math.min(th.anchorFrames, Math.floor(yaw.length / 2));
  const anchor = median([...yaw.slice(0, n), ...yaw.slice(yaw.length - n)]);
  const right = Math.max(...yaw) - anchor;
  const left = anchor - Math.min(...yaw);
  const yawRange = Math.max(...yaw) - Math.min(...yaw);
  const pitchRange = Math.max(...pitch) - Math.min(...pitch);
  const evidence = {
    swingPositiveDeg: round(right, 1),
    swingNegativeDeg: round(left, 1),
    yawRangeDeg: round(yawRange, 1),
    pitchRangeDeg: round(pitchRange, 1),
  };
  if (Math.max(left, right) < th.minSwingDeg) return { ok: false, why: 'too_small', evidence };
  if (Math.min(left, right) < th.minSwingDeg) return { ok: false, why: 'one_sided', evidence };
  if (yawRange < pitchRange * th.minDominance) return { ok: false, why: 'not_dominant', evidence };
  return { ok: true, evidence };
}
