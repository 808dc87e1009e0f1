// What the lfw-dev research scripts share: resuming a cache file, scoring every pair of cached
// embeddings, and finding the images most often in rejected genuine pairs.
import { existsSync, readFileSync } from 'node:fs';
import { thresholdAtFmr } from '../src/eval/metrics.ts';

/** The image paths already in a JSON-lines cache, so an interrupted run can resume. */
export function cachedPaths(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { path: string }).path),
  );
}

type Labelled = { identity: string };
type Vec = Float32Array | null;

/** Cosine of two unit vectors; an image without an embedding rejects every pair it is in. */
const score = (a: Vec, b: Vec): number => {
  if (!a || !b) return -Infinity;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Every same-identity pair is genuine and every other pair an impostor (shared README). */
export function pairScores(
  recs: readonly Labelled[],
  vecs: readonly Vec[],
): { genuine: number[]; impostor: Float32Array } {
  const genuine: number[] = [];
  const impostor: number[] = [];
  for (let i = 0; i < recs.length; i++)
    for (let j = i + 1; j < recs.length; j++) {
      const s = score(vecs[i]!, vecs[j]!);
      (recs[i]!.identity === recs[j]!.identity ? genuine : impostor).push(s);
    }
  return { genuine, impostor: Float32Array.from(impostor) };
}

/** The `n` images in most genuine pairs rejected at FMR 1e-3: [index, rejected pairs]. */
export function worstImages(
  recs: readonly Labelled[],
  vecs: readonly Vec[],
  impostor: Float32Array,
  n: number,
): [number, number][] {
  const thr = thresholdAtFmr(impostor, 1e-3);
  const count = new Map<number, number>();
  for (let i = 0; i < recs.length; i++)
    for (let j = i + 1; j < recs.length; j++) {
      if (recs[i]!.identity !== recs[j]!.identity) continue;
      if (score(vecs[i]!, vecs[j]!) >= thr) continue;
      count.set(i, (count.get(i) ?? 0) + 1);
      count.set(j, (count.get(j) ?? 0) + 1);
    }
  return [...count.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}
