// The other hypothesis for landmark motion: a rigid 3D shape seen by an affine camera. Fitted
// with the 3D points of one frame's mesh and the 2D points of another; it has as many degrees of
// freedom as a homography, so comparing the two residuals compares models, not flexibility.
import type { Point3 } from '../types.ts';
import type { Point2 } from './homography.ts';

/** Solves the small symmetric system a x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * Root-mean-square error of the best affine projection u = M X + t (M 2x3) from the 3D points
 * to the 2D points, in 2D units.
 */
export function affineCameraResidual(src: readonly Point3[], dst: readonly Point2[]): number {
  if (src.length !== dst.length || src.length < 4) {
    throw new Error('affineCameraResidual needs two lists of at least 4 matching points');
  }
  // Centre both sides so the normal equations are well conditioned.
  const mean = [0, 0, 0];
  for (const p of src) for (let k = 0; k < 3; k++) mean[k]! += p[k]! / src.length;
  const xs = src.map((p) => [p[0] - mean[0]!, p[1] - mean[1]!, p[2] - mean[2]!, 1]);
  let sum = 0;
  for (const d of [0, 1] as const) {
    const ata = Array.from({ length: 4 }, () => new Array<number>(4).fill(0));
    const atb = new Array<number>(4).fill(0);
    xs.forEach((row, i) => {
      for (let r = 0; r < 4; r++) {
        atb[r]! += row[r]! * dst[i]![d];
        for (let c = 0; c < 4; c++) ata[r]![c]! += row[r]! * row[c]!;
      }
    });
    const m = solve(ata, atb);
    xs.forEach((row, i) => {
      const predicted = row.reduce((s, v, k) => s + v * m[k]!, 0);
      sum += (predicted - dst[i]![d]) ** 2;
    });
  }
  return Math.sqrt(sum / src.length);
}
