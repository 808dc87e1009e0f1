import type { Action } from '../types.ts';

/** Closer than this, two frames of a blink step add little: a blink's closure lasts 100-300 ms. */
export const BLINK_SPACING_MS = 100;

/**
 * Which frames to analyse when a recording has more than the time budget allows. Blink steps
 * keep a frame every BLINK_SPACING_MS; the slow movements (nod, shake, mouth, gaze) share the
 * rest of the budget evenly. Each step's first and last frames are always kept, because the nod
 * and shake detectors read the ends of a step. `framesAroundDip` then fills in a blink if needed.
 */
export function sampleFrames(
  frames: readonly { t: number; step: number }[],
  challenge: readonly Action[],
  budget: number,
): number[] {
  if (frames.length <= budget) return frames.map((_, i) => i);
  const steps = challenge.map((action, step) => ({
    dense: action === 'blink',
    indices: frames.flatMap((f, i) => (f.step === step ? [i] : [])),
  }));
  const spaced = (indices: number[]) => {
    const out: number[] = [];
    for (const i of indices) {
      const last = out[out.length - 1];
      if (last === undefined || frames[i]!.t - frames[last]!.t >= BLINK_SPACING_MS) out.push(i);
    }
    return out;
  };
  const dense = steps.map((s) => (s.dense ? spaced(s.indices) : []));
  const denseCount = dense.reduce((n, d) => n + d.length, 0);
  const sparseCount = steps.reduce((n, s) => n + (s.dense ? 0 : s.indices.length), 0);
  const left = Math.max(0, budget - denseCount);
  const chosen: number[] = [];
  steps.forEach(({ dense: isDense, indices }, step) => {
    if (indices.length === 0) return;
    let pick: number[];
    if (isDense) pick = dense[step]!;
    else {
      const share = Math.max(3, Math.floor((left * indices.length) / Math.max(1, sparseCount)));
      const stride = Math.max(1, Math.ceil(indices.length / share));
      pick = indices.filter((_, k) => k % stride === 0);
    }
    if (pick[pick.length - 1] !== indices[indices.length - 1])
      pick.push(indices[indices.length - 1]!);
    chosen.push(...pick);
  });
  // Frames naming no step of the challenge are kept so the freshness check still sees them.
  frames.forEach((f, i) => {
    if (f.step < 0 || f.step >= challenge.length) chosen.push(i);
  });
  return [...new Set(chosen)].sort((a, b) => a - b);
}

/**
 * A second look at a step whose blink was not seen: the unanalysed frames either side of the
 * analysed frame where the eyes were least open (up to `reach` each side), so a blink that fell
 * between samples is found.
 */
export function framesAroundDip(
  frames: readonly { step: number }[],
  analysed: ReadonlySet<number>,
  step: number,
  eyeOpenness: (index: number) => number | null,
  reach = 2,
): number[] {
  let dip = -1;
  let lowest = Infinity;
  for (const i of analysed) {
    if (frames[i]?.step !== step) continue;
    const v = eyeOpenness(i);
    if (v !== null && v < lowest) {
      lowest = v;
      dip = i;
    }
  }
  if (dip < 0) return [];
  const out: number[] = [];
  const fresh = (i: number) =>
    i >= 0 && i < frames.length && !analysed.has(i) && frames[i]!.step === step;
  for (let i = dip - 1; i >= dip - reach && fresh(i); i--) out.push(i);
  for (let i = dip + 1; i <= dip + reach && fresh(i); i++) out.push(i);
  return out.sort((a, b) => a - b);
}
