// Verification metrics on similarity scores (higher = more alike; a pair matches when
// score >= threshold). An image that yielded no embedding scores -Infinity: it is rejected in every
// genuine pair and never matches an impostor, so failures to embed count against FNMR.

export type Scores = { genuine: ArrayLike<number>; impostor: ArrayLike<number> };

export type RocSummary = {
  fnmrAtFmr: Record<'1e-2' | '1e-3' | '1e-4', number>;
  eer: number;
  threshold: number;
  atThreshold: { fmr: number; fnmr: number };
};

const sortedDesc = (xs: ArrayLike<number>): Float64Array => Float64Array.from(xs).sort().reverse();

const buf = new DataView(new ArrayBuffer(8));

/** The smallest double greater than x. */
function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  buf.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return buf.getFloat64(0);
}

/** Share of impostor scores at or above the threshold. */
export function fmrAt(impostor: ArrayLike<number>, threshold: number): number {
  let n = 0;
  for (let i = 0; i < impostor.length; i++) if (impostor[i]! >= threshold) n++;
  return impostor.length ? n / impostor.length : 0;
}

/** Share of genuine scores below the threshold. */
export function fnmrAt(genuine: ArrayLike<number>, threshold: number): number {
  let n = 0;
  for (let i = 0; i < genuine.length; i++) if (genuine[i]! < threshold) n++;
  return genuine.length ? n / genuine.length : 0;
}

/**
 * The lowest threshold whose false-match rate is at most `fmr`: just above the impostor score
 * ranked floor(fmr * n) + 1 from the top, so at most floor(fmr * n) impostors reach it.
 */
export function thresholdAtFmr(impostor: ArrayLike<number>, fmr: number): number {
  if (impostor.length === 0) return -Infinity;
  const desc = sortedDesc(impostor);
  const k = Math.floor(fmr * desc.length + 1e-9);
  if (k >= desc.length) return -Infinity;
  return nextUp(desc[k]!);
}

export function fnmrAtFmr(scores: Scores, fmr: number): number {
  return fnmrAt(scores.genuine, thresholdAtFmr(scores.impostor, fmr));
}

/**
 * Equal error rate, taken as the lowest max(FMR, FNMR) over every threshold the scores allow:
 * the error both rates can be brought to at once (on large samples, where the curves cross).
 */
export function eer(scores: Scores): number {
  const g = Float64Array.from(scores.genuine).sort();
  const imp = sortedDesc(scores.impostor);
  if (g.length === 0 || imp.length === 0) return 0;
  const candidates = new Float64Array(g.length + imp.length);
  g.forEach((v, i) => (candidates[i] = nextUp(v)));
  imp.forEach((v, i) => (candidates[g.length + i] = nextUp(v)));
  candidates.sort();
  let best = 1;
  // FNMR rises and FMR falls as the threshold rises; walk both counts along the sorted thresholds.
  let gi = 0;
  let ii = imp.length;
  for (const t of candidates) {
    while (gi < g.length && g[gi]! < t) gi++;
    while (ii > 0 && imp[ii - 1]! < t) ii--;
    best = Math.min(best, Math.max(gi / g.length, ii / imp.length));
  }
  return best;
}

export function rocSummary(scores: Scores, threshold: number): RocSummary {
  return {
    fnmrAtFmr: {
      '1e-2': fnmrAtFmr(scores, 1e-2),
      '1e-3': fnmrAtFmr(scores, 1e-3),
      '1e-4': fnmrAtFmr(scores, 1e-4),
    },
    eer: eer(scores),
    threshold,
    atThreshold: {
      fmr: fmrAt(scores.impostor, threshold),
      fnmr: fnmrAt(scores.genuine, threshold),
    },
  };
}

/**
 * 95% Wilson score interval of a proportion seen `k` times in `n` trials. An evaluation of 30
 * attempts that accepts none still allows an acceptance rate up to about 11%, and one that rejects
 * 4 of 30 anything from about 5% to 30%: the interval says how far a count can be trusted.
 */
export function wilsonInterval(k: number, n: number, z = 1.959964): [number, number] {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n <= 0 || k < 0 || k > n)
    throw new RangeError(`need 0 <= k <= n, n > 0 (got k=${k}, n=${n})`);
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // At k = 0 or k = n the bound is exactly 0 or 1; rounding must not put it a hair outside.
  return [k === 0 ? 0 : Math.max(0, centre - half), k === n ? 1 : Math.min(1, centre + half)];
}
