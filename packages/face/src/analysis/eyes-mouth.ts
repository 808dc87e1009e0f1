import type { Point3 } from '../types.ts';
import { LM } from './landmarks.ts';
import { at, dist2d } from './vec.ts';

function eyeAspectRatio(
  mesh: readonly Point3[],
  outer: number,
  inner: number,
  lids: readonly (readonly [number, number])[],
): number {
  const width = dist2d(at(mesh, outer), at(mesh, inner));
  if (width === 0) return 0;
  const gaps = lids.map(([u, l]) => dist2d(at(mesh, u), at(mesh, l)));
  return gaps.reduce((s, g) => s + g, 0) / gaps.length / width;
}

/** Eye aspect ratio per eye (lid gap over corner distance): about 0.25-0.3 open, below 0.1 closed. */
export function eyeOpenness(mesh: readonly Point3[]): { left: number; right: number } {
  return {
    left: eyeAspectRatio(mesh, LM.leftEyeOuter, LM.leftEyeInner, LM.leftEyeLids),
    right: eyeAspectRatio(mesh, LM.rightEyeOuter, LM.rightEyeInner, LM.rightEyeLids),
  };
}

const overMouthWidth = (mesh: readonly Point3[], top: number, bottom: number): number => {
  const width = dist2d(at(mesh, LM.mouthRightOuter), at(mesh, LM.mouthLeftOuter));
  return width === 0 ? 0 : dist2d(at(mesh, top), at(mesh, bottom)) / width;
};

/** Inner-lip gap over mouth width: near 0 closed, above ~0.3 wide open. */
export function mouthOpenness(mesh: readonly Point3[]): number {
  return overMouthWidth(mesh, LM.upperLipInner, LM.lowerLipInner);
}

/** Height of the lips from the top of the upper to the bottom of the lower, over mouth width. */
export function lipsHeight(mesh: readonly Point3[]): number {
  return overMouthWidth(mesh, LM.upperLipOuter, LM.lowerLipOuter);
}
