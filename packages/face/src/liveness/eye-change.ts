import { median } from './stats.ts';
import type { FaceFrame } from './types.ts';

type Side = 'left' | 'right';

/**
 * Per frame and eye, how far the eye's pattern (`analysis/eye-patches.ts`) is from its usual look
 * over these frames: 1 minus the correlation with the per-cell median patch, 0 for the same
 * pattern, about 1 for an unrelated one. Eyes are open most of a step, so the median is the open
 * eye and a closed lid stands out, whether or not the mesh's lid points follow it. NaN where a
 * frame has no patch for that eye.
 */
export function eyeChange(frames: readonly FaceFrame[]): Record<Side, number[]> {
  return { left: changeOf(frames, 'left'), right: changeOf(frames, 'right') };
}

function changeOf(frames: readonly FaceFrame[], side: Side): number[] {
  const patches = frames.map((f) => f.face.eyePatches[side]);
  const size = patches.find((p) => p.length > 0)?.length ?? 0;
  const usable = patches.filter((p) => p.length === size && size > 0);
  if (usable.length < 3) return patches.map(() => Number.NaN);
  const template = Array.from({ length: size }, (_, k) => median(usable.map((p) => p[k]!)));
  const tNorm = Math.hypot(...template);
  return patches.map((p) => {
    if (p.length !== size || tNorm === 0) return Number.NaN;
    let dot = 0;
    for (let k = 0; k < size; k++) dot += p[k]! * template[k]!;
    return 1 - dot / (Math.hypot(...p) * tNorm);
  });
}
