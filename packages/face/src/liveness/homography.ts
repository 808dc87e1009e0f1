// Planar homography by the normalised direct linear transform (Hartley & Zisserman, alg. 4.2).
// Used to ask "could these two sets of landmarks be the same flat picture seen twice?".

export type Point2 = readonly [x: number, y: number];
/** Row-major 3x3 matrix. */
export type Matrix3 = readonly number[];

/** Similarity that moves the centroid to the origin and the mean distance to sqrt(2). */
function normaliser(points: readonly Point2[]): Matrix3 {
  let cx = 0;
  let cy = 0;
  for (const [x, y] of points) {
    cx += x;
    cy += y;
  }
  cx /= points.length;
  cy /= points.length;
  let d = 0;
  for (const [x, y] of points) d += Math.hypot(x - cx, y - cy);
  d /= points.length;
  const s = d > 0 ? Math.SQRT2 / d : 1;
  return [s, 0, -s * cx, 0, s, -s * cy, 0, 0, 1];
}

export function applyHomography(h: Matrix3, [x, y]: Point2): Point2 {
  const w = h[6]! * x + h[7]! * y + h[8]!;
  return [(h[0]! * x + h[1]! * y + h[2]!) / w, (h[3]! * x + h[4]! * y + h[5]!) / w];
}

function multiply(a: Matrix3, b: Matrix3): number[] {
  const out = new Array<number>(9).fill(0);
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++)
      for (let k = 0; k < 3; k++) out[r * 3 + c]! += a[r * 3 + k]! * b[k * 3 + c]!;
  return out;
}

function invertSimilarity(t: Matrix3): number[] {
  const s = t[0]!;
  return [1 / s, 0, -t[2]! / s, 0, 1 / s, -t[5]! / s, 0, 0, 1];
}

/**
 * Eigenvector of the smallest eigenvalue of a symmetric matrix, by cyclic Jacobi rotations:
 * exact enough for 9x9 and free of dependencies.
 */
export function smallestEigenvector(symmetric: readonly number[], n: number): number[] {
  const a = [...symmetric];
  const v = Array.from({ length: n * n }, (_, i): number => (i % (n + 1) === 0 ? 1 : 0));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-24) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i < n; i++) if (a[i * n + i]! < a[best * n + best]!) best = i;
  return Array.from({ length: n }, (_, k) => v[k * n + best]!);
}

/** The homography H with dst ~ H src in the least-squares algebraic sense (needs >= 4 points). */
export function fitHomography(src: readonly Point2[], dst: readonly Point2[]): Matrix3 {
  if (src.length !== dst.length || src.length < 4) {
    throw new Error('fitHomography needs two lists of at least 4 matching points');
  }
  const ts = normaliser(src);
  const td = normaliser(dst);
  // Accumulate A^T A directly: two rows of A per correspondence.
  const ata = new Array<number>(81).fill(0);
  const addRow = (row: number[]) => {
    for (let i = 0; i < 9; i++) for (let j = 0; j < 9; j++) ata[i * 9 + j]! += row[i]! * row[j]!;
  };
  for (let i = 0; i < src.length; i++) {
    const [x, y] = applyHomography(ts, src[i]!);
    const [u, v] = applyHomography(td, dst[i]!);
    addRow([0, 0, 0, -x, -y, -1, v * x, v * y, v]);
    addRow([x, y, 1, 0, 0, 0, -u * x, -u * y, -u]);
  }
  const hn = smallestEigenvector(ata, 9);
  const h = multiply(multiply(invertSimilarity(td), hn), ts);
  const scale = h[8]! !== 0 ? h[8]! : 1;
  return h.map((x) => x / scale);
}

/** Root-mean-square transfer error of the best homography from src to dst, in dst units. */
export function homographyResidual(src: readonly Point2[], dst: readonly Point2[]): number {
  const h = fitHomography(src, dst);
  let sum = 0;
  for (let i = 0; i < src.length; i++) {
    const [x, y] = applyHomography(h, src[i]!);
    sum += (x - dst[i]![0]) ** 2 + (y - dst[i]![1]) ** 2;
  }
  return Math.sqrt(sum / src.length);
}
