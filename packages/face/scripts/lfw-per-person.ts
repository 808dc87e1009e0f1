// One pair per person instead of every pair: lfw-dev's all-pairs protocol gives George_W_Bush 82%
// of the genuine pairs, while an attempt is one person's recording against one reference photo.
// For each person with two photos or more: photo 1 against photo 2 (genuine), and photo 1 of each
// person against photo 2 of every other (impostor); then photo 1 against the fused embedding of
// photos 2 and 3, for those with three (impostors: photo 1 against the others' fused pairs).
// Prints FNMR at the product threshold and at the thresholds for FMR 1e-3 and 5e-4 on these
// impostors, with 95% intervals. Research tooling.
// Usage: npx tsx packages/face/scripts/lfw-per-person.ts [--onnx-model FILE] [--people N]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createFaceEngine } from '../src/engine.ts';
import { lfwPeople } from '../src/eval/lfw-manifest.ts';
import { fmrAt, fnmrAt, thresholdAtFmr, wilsonInterval } from '../src/eval/metrics.ts';
import { fuseEmbeddings } from '../src/match/fuse.ts';
import type { Embedding } from '../src/types.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: { 'onnx-model': { type: 'string' }, people: { type: 'string' } },
});
const dir = resolve(repoRoot, '../shared/data/faces/lfw-dev');
const people = (
  await lfwPeople(dir, {
    minPhotos: 2,
    ...(values.people ? { maxPeople: Number(values.people) } : {}),
  })
).map((p) => p.photos);

const engine = await createFaceEngine(
  values['onnx-model'] ? { model: 'onnx', onnxModelPath: values['onnx-model'] } : {},
);
const embed = (file: string) => engine.embed(new Uint8Array(readFileSync(file)));
let emb: (Embedding | null)[][];
try {
  emb = await Promise.all(people.map((photos) => Promise.all(photos.slice(0, 3).map(embed))));
} finally {
  await engine.close();
}
const sim = (a: Embedding | null | undefined, b: Embedding | null | undefined) =>
  a && b ? engine.similarity(a, b) : -Infinity;

const genuine = emb.map(([a, b]) => sim(a, b));
const impostor: number[] = [];
emb.forEach(([a], i) =>
  emb.forEach(([, b], j) => {
    if (i !== j) impostor.push(sim(a, b));
  }),
);
const three = emb.filter((e) => e.length === 3);
const fusedRef = (e: (Embedding | null)[]) => fuseEmbeddings(e.slice(1).filter((x) => x !== null));
const genuineFused = three.map((e) => sim(e[0], fusedRef(e)));
// A fused reference is nearer the middle of its person's embeddings: it may draw impostors
// nearer too, so its false-match rate is measured on its own, not assumed.
const fusedRefs = three.map(fusedRef);
const impostorFused: number[] = [];
three.forEach(([a], i) =>
  fusedRefs.forEach((ref, j) => {
    if (i !== j) impostorFused.push(sim(a, ref));
  }),
);

const pct = (x: number) => Math.round(10_000 * x) / 100;
const rejected = (scores: number[], t: number) => {
  const k = Math.round(fnmrAt(scores, t) * scores.length);
  return { pct: pct(k / scores.length), ci95: wilsonInterval(k, scores.length).map(pct), k };
};
const at = (t: number) => ({
  threshold: Math.round(t * 10_000) / 10_000,
  fmr: fmrAt(impostor, t),
  onePhoto: rejected(genuine, t),
  twoPhotosFused: { ...rejected(genuineFused, t), fmr: fmrAt(impostorFused, t) },
});
console.log(
  JSON.stringify(
    {
      model: engine.modelName,
      people: people.length,
      withThreePhotos: three.length,
      impostorPairs: impostor.length,
      product: at(engine.threshold),
      fmr1e3: at(thresholdAtFmr(impostor, 1e-3)),
      fmr5e4: at(thresholdAtFmr(impostor, 5e-4)),
      // What a fused reference would need: its own threshold for FMR 5e-4 on fused impostors.
      fusedOwn5e4: at(thresholdAtFmr(impostorFused, 5e-4)),
    },
    null,
    2,
  ),
);
