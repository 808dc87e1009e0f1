import { round } from './stats.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { ActionCheck, FaceFrame } from './types.ts';

/**
 * A nod: the pitch goes down and comes back. Measured from the lowest point against the highest
 * pitch before it and after it, so no assumption is made about when in the step the nod starts.
 */
export function detectNod(frames: readonly FaceFrame[], th = THRESHOLDS.nod): ActionCheck {
  const pitch = frames.map((f) => f.face.pose.pitch);
  const yaw = frames.map((f) => f.face.pose.yaw);
  if (pitch.length < 3)
    return { ok: false, why: 'too_few_frames', evidence: { frames: pitch.length } };
  let low = 0;
  for (let i = 1; i < pitch.length; i++) if (pitch[i]! < pitch[low]!) low = i;
  const before = Math.max(...pitch.slice(0, low + 1));
  const after = Math.max(...pitch.slice(low));
  const drop = before - pitch[low]!;
  const back = after - pitch[low]!;
  const pitchRange = Math.max(...pitch) - Math.min(...pitch);
  const yawRange = Math.max(...yaw) - Math.min(...yaw);
  const evidence = {
    dropDeg: round(drop, 1),
    returnDeg: round(back, 1),
    pitchRangeDeg: round(pitchRange, 1),
    yawRangeDeg: round(yawRange, 1),
  };
  if (drop < th.minDropDeg) return { ok: false, why: 'too_small', evidence };
  if (back < drop * th.minReturnShare) return { ok: false, why: 'no_return', evidence };
  if (pitchRange < yawRange * th.minDominance) return { ok: false, why: 'not_dominant', evidence };
  return { ok: true, evidence };
}
