import { quantile, round } from './stats.ts';
import { steadyFrames } from './steady.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { ActionCheck, FaceFrame } from './types.ts';

/**
 * An opened mouth: openness clearly above its resting level in the step, and open in absolute
 * terms, or, where the inner lips read too little for that, with the lips' outer height rising
 * too. On bearded faces the mesh tends to read an opening jaw as the lips thickening: the inner
 * gap rose 0.09 while the outer height rose 0.2 on one generated face (it doubled). The two
 * readings come from different points of the mesh, so both rising in the step is less likely
 * noise than either alone. Their peaks are not required to fall on the same frame (yet).
 */
export function detectMouth(
  all: readonly FaceFrame[],
  th = THRESHOLDS.mouth,
  steadyDeg: number = THRESHOLDS.steadyPoseDeg,
): ActionCheck {
  // Pitch is not held steady here. The head pose's down axis runs to the chin, so a dropping jaw
  // reads as the head pitching (14 degrees on one generated face, whose open-mouth frames were
  // all dropped as unsteady); and pitch only foreshortens the lip gap, so it cannot fake an open
  // mouth. A turned head narrows the mouth and can, so yaw still is.
  const steady = steadyFrames(all, steadyDeg, { pitch: false });
  const open = steady.map((f) => f.face.mouthOpenness);
  if (open.length < 3)
    return { ok: false, why: 'too_few_frames', evidence: { frames: open.length } };
  const rest = quantile(open, th.restQuantile);
  const peakAt = open.indexOf(Math.max(...open));
  const peak = open[peakAt]!;
  const lips = steady.map((f) => f.face.lipsHeight);
  const lipsRise = Math.max(...lips) - quantile(lips, th.restQuantile);
  // Closing again is not required (a person may keep it open until told), but reported.
  const closedAfter = open.slice(peakAt).some((v) => v < rest + (peak - rest) / 2);
  const evidence = {
    rest: round(rest),
    peak: round(peak),
    lipsRise: round(lipsRise),
    closedAfter: closedAfter ? 1 : 0,
  };
  if (peak < th.minOpenness && lipsRise < th.minLipsRise)
    return { ok: false, why: 'not_open', evidence };
  if (peak - rest < th.minRise) return { ok: false, why: 'no_change', evidence };
  return { ok: true, evidence };
}
