/** x' = a*x - b*y + tx, y' = b*x + a*y + ty: rotation, uniform scale and shift, no shear. */
export type Similarity = { a: number; b: number; tx: number; ty: number };

export type Pt = readonly [number, number];

/** Least-squares similarity taking each `from` point onto its `to` point (Umeyama, 2D). */
export function fitSimilarity(from: readonly Pt[], to: readonly Pt[]): Similarity {
  const n = from.length;
  if (n < 2 || to.length !== n) throw new Error('need two or more point pairs');
  let fx = 0;
  let fy = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < n; i++) {
    fx += from[i]![0];
    fy += from[i]![1];
    tx += to[i]![0];
    ty += to[i]![1];
  }
  fx /= n;
  fy /= n;
  tx /= n;
  ty /= n;
  let sxx = 0;
  let sxy = 0;
  let var0 = 0;
  for (let i = 0; i < n; i++) {
    const x = from[i]![0] - fx;
    const y = from[i]![1] - fy;
    const u = to[i]![0] - tx;
    const v = to[i]![1] - ty;
    sxx += x * u + y * v;
    sxy += x * v - y * u;
    var0 += x * x + y * y;
  }
  const a = sxx / var0;
  const b = sxy / var0;
  return { a, b, tx: tx - (a * fx - b * fy), ty: ty - (b * fx + a * fy) };
}

export function applySimilarity(t: Similarity, p: Pt): [number, number] {
  return [t.a * p[0] - t.b * p[1] + t.tx, t.b * p[0] + t.a * p[1] + t.ty];
}

export const similarityScale = (t: Similarity): number => Math.hypot(t.a, t.b);
