import type { Action } from '../types.ts';

/**
 * Which frames to analyse when a recording has more than the time budget allows. Blinks last
 * 2-3 frames at phone frame rates, so blink steps keep every frame and the
 * rest of the budget goes to the other steps; the slow movements (nod,
 * shake, mouth, gaze) are still well sampled at half or a third of the rate. Each step's first
 * and last frames are always kept, because the nod and shake detectors read the ends of a step.
 */
export function sampleFrames(
  frames: readonly { step: number }[],
  challenge: readonly Action[],
  budget: number,
): number[] {
  if (frames.length <= budget) return frames.map((_, i) => i);
  const steps = challenge.map((action, step) => ({
    dense: action === 'blink',
    indices: frames.flatMap((f, i) => (f.step === step ? [i] : [])),
  }));
  const denseCount = steps.reduce((s, x) => s + (x.dense ? x.indices.length : 0), 0);
  const sparseCount = steps.reduce((s, x) => s + (x.dense ? 0 : x.indices.length), 0);
  const left = Math.max(0, budget - denseCount);
  const chosen: number[] = [];
  for (const { dense, indices } of steps) {
    if (indices.length === 0) continue;
    const share = dense
      ? indices.length
      : Math.max(3, Math.floor((left * indices.length) / Math.max(1, sparseCount)));
    const stride = Math.max(1, Math.ceil(indices.length / share));
    const pick = indices.filter((_, k) => k % stride === 0);
    if (pick[pick.length - 1] !== indices[indices.length - 1])
      pick.push(indices[indices.length - 1]!);
    chosen.push(...pick);
  }
  // Frames naming no step of the challenge are kept so the freshness check still sees them.
  frames.forEach((f, i) => {
    if (f.step < 0 || f.step >= challenge.length) chosen.push(i);
  });
  return [...new Set(chosen)].sort((a, b) => a - b);
}
