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
 * noise than either alone. And on one frame at least both must stand clearly over their resting
 * levels together: a real opening lowers the lower lip, which moves the gap and the height alike.
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
  const lipsRest = quantile(lips, th.restQuantile);
  const lipsRise = Math.max(...lips) - lipsRest;
  const jointRise = Math.max(...open.map((v, i) => Math.min(v - rest, lips[i]! - lipsRest)));
  const cavity = cavityShown(steadyFrames(all, steadyDeg), th);
  // Closing again is not required (a person may keep it open until told), but reported.
  const closedAfter = open.slice(peakAt).some((v) => v < rest + (peak - rest) / 2);
  const evidence = {
    rest: round(rest),
    peak: round(peak),
    lipsRise: round(lipsRise),
    jointRise: round(jointRise),
    darkRise: round(cavity.darkRise),
    closedAfter: closedAfter ? 1 : 0,
  };
  if (cavity.ok) return { ok: true, evidence };
  if (peak < th.minOpenness && lipsRise < th.minLipsRise)
    return { ok: false, why: 'not_open', evidence };
  if (peak - rest < th.minRise) return { ok: false, why: 'no_change', evidence };
  // The inner lips parted but the lips as a whole did not open on the same frame: mesh noise or a
  // flat photo's tilt, not an opened mouth; what to tell the person is the same as for `not_open`.
  if (jointRise < th.minJointRise) return { ok: false, why: 'not_open', evidence };
  return { ok: true, evidence };
}

/**
 * The cavity of an opened mouth, seen in the image rather than in the mesh's lips: the dark share
 * of the mouth region rises over its resting level on two frames at least (one frame's shadow or
 * blur is not an opening), and the inner lips part a little in the step too. On faces whose
 * photo is cropped under the lower lip the mesh barely follows a dropped jaw, but the dark
 * opening is plain to see (`analysis/mouth-darkness.ts`). The lips need not part on the dark
 * frames themselves: on such faces the mesh may not see the opening at all (one generated face
 * read a gap of 0.10-0.15 on its dark frames, as at rest, and dipped to 0.04 as the jaw moved).
 * So this path rests on the image, and the gap's small rise only turns away a face whose mesh
 * does not move at all; the guard is the dark rise itself, held over two frames near one pose.
 * Read on frames whose pitch stays as close to the step's as the yaw does: where the mesh misses
 * the jaw it also reads no pitch from it, and a pitching head relights a beard under the lips (a
 * generated gaze step's pitch moving 17 degrees took one bearded face's dark share from 0.19 to
 * 0.45).
 */
function cavityShown(
  frames: readonly FaceFrame[],
  th: typeof THRESHOLDS.mouth,
): { ok: boolean; darkRise: number } {
  if (frames.length < 3) return { ok: false, darkRise: 0 };
  const open = frames.map((f) => f.face.mouthOpenness);
  const rest = quantile(open, th.restQuantile);
  const dark = frames.map((f) => f.face.mouthDarkness);
  // the rise the second darkest frame reaches: two frames at least stand that far over rest
  const darkRise = [...dark].sort((a, b) => b - a)[1]! - quantile(dark, th.restQuantile);
  const parted = Math.max(...open) - rest >= th.minGapRiseWithCavity;
  return { ok: darkRise >= th.minDarkRise && parted, darkRise };
}
