// Compares alignment and preprocessing variants of the embedding models on the cached lfw-dev
// meshes (.cache/lfw-mesh.jsonl from lfw-mesh-cache.ts): detection is done once, only chips and
// embeddings are recomputed. Prints FNMR at FMR 1e-3 (and EER) per variant. Research tooling.
// Usage: npx tsx packages/face/scripts/lfw-variants.ts [--only NAME,NAME] [--limit N]
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { LM } from '../src/analysis/landmarks.ts';
import { eer, fnmrAtFmr, thresholdAtFmr } from '../src/eval/metrics.ts';
import { pairScores, worstImages } from './lfw-research.ts';
import { decodeImage, padImage, type RgbImage } from '../src/image/decode-image.ts';
import { ARCFACE_112, arcfacePoints, dlibPoints, dlibTemplate } from '../src/match/alignment.ts';
import { loadDlibResnet } from '../src/match/dlib-resnet.ts';
import { l2normalize } from '../src/match/embedding-model.ts';
import { extractChip } from '../src/match/face-chip.ts';
import { ONNX_TEMPLATE_SCALE } from '../src/match/onnx-model.ts';
import { fitSimilarity, type Pt } from '../src/match/similarity-transform.ts';
import { loadHuman } from '../src/models/load-human.ts';
import type { Point3 } from '../src/types.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: { only: { type: 'string' }, limit: { type: 'string' }, worst: { type: 'string' } },
});
type Rec = { path: string; identity: string; padding: number; mesh: Point3[] | null };
let recs = readFileSync(`${repoRoot}/.cache/lfw-mesh.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Rec);
if (values.limit) recs = recs.slice(0, Number(values.limit));

const human = await loadHuman();
const dlib = loadDlibResnet(human.tf as never);
const session = await ort.InferenceSession.create(`${repoRoot}/.cache/models/fr_feature.onnx`, {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
});

const flip = (chip: Uint8Array, size: number): Uint8Array => {
  const out = new Uint8Array(chip.length);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      for (let c = 0; c < 3; c++)
        out[(y * size + x) * 3 + c] = chip[(y * size + (size - 1 - x)) * 3 + c]!;
  return out;
};
const add = (a: Float32Array, b: Float32Array) => a.map((v, i) => v + b[i]!);
const xy = (p: Point3): Pt => [p[0], p[1]];
const P = (m: Point3[], i: number) => m[i]!;
const avg = (...ps: Point3[]): Pt => [
  ps.reduce((s, p) => s + p[0], 0) / ps.length,
  ps.reduce((s, p) => s + p[1], 0) / ps.length,
];

async function onnx(chip: Uint8Array, mean = 127.5, std = 128): Promise<Float32Array> {
  const plane = 112 * 112;
  const input = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++)
    for (let c = 0; c < 3; c++) input[c * plane + i] = (chip[i * 3 + c]! - mean) / std;
  const out = await session.run({
    [session.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, 112, 112]),
  });
  return Float32Array.from(out[session.outputNames[0]!]!.data as Float32Array);
}

// ArcFace 5 points from the mesh, variants
const arcOuterMouth = (m: Point3[]): Pt[] => {
  const base = arcfacePoints(m);
  return [base[0]!, base[1]!, base[2]!, xy(P(m, LM.mouthRightOuter)), xy(P(m, LM.mouthLeftOuter))];
};
const arcIris = (m: Point3[]): Pt[] => {
  const base = arcOuterMouth(m);
  // Human: 468-472 person's left eye (image right), 473-477 person's right eye (image left)
  return [xy(P(m, 473)), xy(P(m, 468)), base[2]!, base[3]!, base[4]!];
};
const arcContour = (m: Point3[]): Pt[] => {
  const ring = (ids: number[]) => avg(...ids.map((i) => P(m, i)));
  // eye centre = mean of the eye contour; nose tip; mouth outer corners
  const rEye = ring([33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246]);
  const lEye = ring([
    263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466,
  ]);
  return [rEye, lEye, xy(P(m, 4)), xy(P(m, 61)), xy(P(m, 291))];
};
// The product's template: ArcFace's, scaled about the chip centre (onnx-model.ts).
const ARC: Pt[] = ARCFACE_112.map((p) => [
  56 + (p[0] - 56) * ONNX_TEMPLATE_SCALE,
  56 + (p[1] - 56) * ONNX_TEMPLATE_SCALE,
]);

type Variant = { name: string; embed(img: RgbImage, m: Point3[]): Promise<Float32Array> };
const dlibT = dlibTemplate();
const variants: Variant[] = [
  {
    name: 'dlib9',
    embed: (img, m) =>
      Promise.resolve(dlib.embed(extractChip(img, fitSimilarity(dlibT, dlibPoints(m)), 150))),
  },
  {
    name: 'dlib9flip',
    embed: (img, m) => {
      const chip = extractChip(img, fitSimilarity(dlibT, dlibPoints(m)), 150);
      return Promise.resolve(
        add(l2normalize(dlib.embed(chip)), l2normalize(dlib.embed(flip(chip, 150)))),
      );
    },
  },
  {
    name: 'onnx',
    embed: async (img, m) => onnx(extractChip(img, fitSimilarity(ARC, arcfacePoints(m)), 112)),
  },
  {
    name: 'onnxFlip',
    embed: async (img, m) => {
      const chip = extractChip(img, fitSimilarity(ARC, arcfacePoints(m)), 112);
      return add(l2normalize(await onnx(chip)), l2normalize(await onnx(flip(chip, 112))));
    },
  },
  {
    name: 'onnxOuterMouth',
    embed: async (img, m) => onnx(extractChip(img, fitSimilarity(ARC, arcOuterMouth(m)), 112)),
  },
  {
    name: 'onnxIris',
    embed: async (img, m) => onnx(extractChip(img, fitSimilarity(ARC, arcIris(m)), 112)),
  },
  {
    name: 'onnxContour',
    embed: async (img, m) => onnx(extractChip(img, fitSimilarity(ARC, arcContour(m)), 112)),
  },
  {
    name: 'onnxContourFlip',
    embed: async (img, m) => {
      const chip = extractChip(img, fitSimilarity(ARC, arcContour(m)), 112);
      return add(l2normalize(await onnx(chip)), l2normalize(await onnx(flip(chip, 112))));
    },
  },
];
const only = values.only?.split(',');
const run = variants.filter((v) => !only || only.includes(v.name));

const vecs: (Float32Array | null)[][] = run.map(() => []);
let done = 0;
for (const r of recs) {
  const raw = await decodeImage(new Uint8Array(await readFile(r.path)));
  const img = r.padding ? padImage(raw, r.padding) : raw;
  for (let k = 0; k < run.length; k++)
    vecs[k]!.push(r.mesh ? l2normalize(await run[k]!.embed(img, r.mesh)) : null);
  if (++done % 500 === 0) console.error(`${done}/${recs.length}`);
}

for (let k = 0; k < run.length; k++) {
  const v = vecs[k]!;
  const { genuine, impostor: imp } = pairScores(recs, v);
  const scores = { genuine, impostor: imp };
  if (values.worst) {
    // Which images the rejected genuine pairs at FMR 1e-3 involve, most often first.
    const top = worstImages(recs, v, imp, Number(values.worst));
    for (const [i, c] of top) {
      const r = recs[i]!;
      const same = recs.filter((x) => x.identity === r.identity).length;
      console.log(
        `${c}/${same - 1} ${r.path.split('/').pop()} padding=${r.padding} mesh=${!!r.mesh}`,
      );
    }
  }
  console.log(
    JSON.stringify({
      variant: run[k]!.name,
      images: recs.length,
      genuine: genuine.length,
      fnmr: {
        '1e-2': fnmrAtFmr(scores, 1e-2),
        '1e-3': fnmrAtFmr(scores, 1e-3),
        '1e-4': fnmrAtFmr(scores, 1e-4),
      },
      eer: eer(scores),
      thr: { '1e-3': thresholdAtFmr(imp, 1e-3), '5e-4': thresholdAtFmr(imp, 5e-4) },
    }),
  );
}
