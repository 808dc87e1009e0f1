import { eyeChange } from './eye-change.ts';
import { median, quantile, round } from './stats.ts';
import { steadyFrames } from './steady.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { ActionCheck, FaceFrame } from './types.ts';

/**
 * A blink: both eyes fall below a share of their open level in this step and open again, the
 * closure lasting 80-800 ms. With frames 60-100 ms apart the true duration is only bracketed:
 * at least the span of closed frames, at most the span between the open frames around them.
 * Where the mesh's lids follow a closing eye only part of the way (glasses, narrow or shadowed
 * eyes), both eyes' pattern leaving its open look while the lids move a little counts as closed
 * too (`eye-change.ts`), and a frame is open again only once that pattern is back.
 */
export function detectBlink(
  all: readonly FaceFrame[],
  th = THRESHOLDS.blink,
  steadyDeg: number = THRESHOLDS.steadyPoseDeg,
): ActionCheck {
  const frames = steadyFrames(all, steadyDeg);
  const left = frames.map((f) => f.face.eyeOpenness.left);
  const right = frames.map((f) => f.face.eyeOpenness.right);
  if (left.length < 3)
    return { ok: false, why: 'too_few_frames', evidence: { frames: left.length } };
  const openL = quantile(left, th.openQuantile);
  const openR = quantile(right, th.openQuantile);
  // Both eyes together: the mean ratio must fall, and neither eye may stay open (a wink). The mesh
  // rarely closes both eyes equally, so requiring each eye to pass the full threshold misses blinks.
  const pair = left.map((l, i) => [l / openL, right[i]! / openR] as const);
  const ratio = pair.map(([l, r]) => (l + r) / 2);
  const widest = pair.map(([l, r]) => Math.max(l, r));
  // Both eyes' pattern must change, as both lids must move: NaN (no patch) never counts. On a
  // head turned further the far eye's patch takes in the face's edge and the background, and the
  // mesh's jitter alone changes it (a still print turned 28 degrees "blinked" so).
  const turned = Math.abs(median(frames.map((f) => f.face.pose.yaw))) > th.lookMaxYawDeg;
  const change = turned ? null : eyeChange(frames);
  const looked = frames.map((_, i) =>
    change ? Math.min(change.left[i]!, change.right[i]!) : Number.NaN,
  );
  const lookChanged = (i: number) => looked[i]! >= th.minEyeChange;
  const evidence: Record<string, number> = {
    openLevel: round(Math.min(openL, openR)),
    minRatio: round(Math.min(...ratio)),
    maxEyeChange: round(Math.max(0, ...looked.filter((x) => !Number.isNaN(x)))),
  };
  if (Math.min(openL, openR) < th.minOpenLevel)
    return { ok: false, why: 'eyes_not_open', evidence };
  const closed = (i: number) =>
    (ratio[i]! < th.closedShare && widest[i]! < th.winkGuardShare) ||
    (lookChanged(i) && ratio[i]! < th.lookClosedShare);
  const open = (i: number) => ratio[i]! >= th.reopenShare && !lookChanged(i);
  let why = 'no_closure';
  for (let i = 0; i < ratio.length; i++) {
    if (!closed(i)) continue;
    let j = i;
    while (j + 1 < ratio.length && !open(j + 1)) j++;
    // The closed run is i..j (with half-open frames inside it); it needs open frames around it.
    let before = i - 1;
    while (before >= 0 && !open(before)) before--;
    const after = j + 1 < ratio.length ? j + 1 : -1;
    if (before < 0 || after < 0) {
      why = 'no_reopen';
      i = j;
      continue;
    }
    const atLeast = frames[j]!.t - frames[i]!.t;
    const atMost = frames[after]!.t - frames[before]!.t;
    evidence.durationMinMs = atLeast;
    evidence.durationMaxMs = atMost;
    if (atLeast <= th.maxDurationMs && atMost >= th.minDurationMs) return { ok: true, evidence };
    why = atLeast > th.maxDurationMs ? 'too_long' : 'too_short';
    i = j;
  }
  return { ok: false, why, evidence };
}
