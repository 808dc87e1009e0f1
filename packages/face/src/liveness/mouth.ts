import { quantile, round } from './stats.ts';
import { steadyFrames } from './steady.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { ActionCheck, FaceFrame } from './types.ts';

/** An opened mouth: openness clearly above its resting level in the step, and open in absolute terms. */
export function detectMouth(
  all: readonly FaceFrame[],
  th = THRESHOLDS.mouth,
  steadyDeg: number = THRESHOLDS.steadyPoseDeg,
): ActionCheck {
  const open = steadyFrames(all, steadyDeg).map((f) => f.face.mouthOpenness);
  if (open.length < 3)
    return { ok: false, why: 'too_few_frames', evidence: { frames: open.length } };
  const rest = quantile(open, th.restQuantile);
  const peakAt = open.indexOf(Math.max(...open));
  const peak = open[peakAt]!;
  // Closing again is not required (a person may keep it open until told), but reported.
  const closedAfter = open.slice(peakAt).some((v) => v < rest + (peak - rest) / 2);
  const evidence = {
    rest: round(rest),
    peak: round(peak),
    closedAfter: closedAfter ? 1 : 0,
  };
  if (peak < th.minOpenness) return { ok: false, why: 'not_open', evidence };
  if (peak - rest < th.minRise) return { ok: false, why: 'no_change', evidence };
  return { ok: true, evidence };
}
