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
  // Pitch is held only loosely. The head pose's down axis runs to the chin, so a dropping jaw
  // reads as the head pitching (14 degrees on one generated face, whose open-mouth frames the
  // yaw's limit would all drop; up to 12 over the 96 generated mouths of 160 people). But a nod
  // (pitch ranges of 19-68 degrees) moves the mesh's lips apart: read on every frame, 45 of those
  // people's 96 generated nods "opened the mouth" by the rule below, which would let a nod stand
  // in for a mouth in a replayed or reordered recording; within the limit, 23, and no mouth is
  // missed that was not missed before. A turned head narrows the mouth and fakes an opening, so
  // yaw is held as for the eyes.
  const steady = steadyFrames(all, steadyDeg, { pitchDeg: th.maxPitchShiftDeg });
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
