// Compares face-choice, padding, chip-sampling and template-scale rules on the faces cached by
// lfw-face-cache.ts (.cache/lfw-faces.jsonl): detection is not repeated, only chips and embeddings.
// Prints FNMR at FMR 1e-2/1e-3/1e-4, EER and the thresholds at FMR 1e-3 and 5e-4 per variant, and
// with --worst N the images most often in rejected genuine pairs. Research tooling.
// Variant syntax: rule[:grey|edge[:emb|mesh[:scale[:dy]]]]; rules: prod (the product's rule before
// 2026-11-27: 35% padding first, largest face), centre (the same, nearest the centre), g50c, e50c,
// g50l, s0/s35/s50/se50 (that padding's largest face), a+b (several paddings' embeddings averaged,
// or with :mesh their meshes). grey = the product's padding, edge = edge pixels continued.
// Usage: npx tsx packages/face/scripts/lfw-face-rules.ts --models onnx --rules prod,s50:grey:emb:0.85 [--limit N] [--worst N]
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { describeFrame } from '../src/analysis/analyze-frame.ts';
import { eer, fnmrAtFmr, thresholdAtFmr } from '../src/eval/metrics.ts';
import { pairScores, worstImages } from './lfw-research.ts';
import { decodeImage, padImage, type RgbImage } from '../src/image/decode-image.ts';
import { ARCFACE_112, arcfacePoints, dlibPoints, dlibTemplate } from '../src/match/alignment.ts';
import { loadDlibResnet } from '../src/match/dlib-resnet.ts';
import { l2normalize } from '../src/match/embedding-model.ts';
import { extractChip, mirrorChip } from '../src/match/face-chip.ts';
import { fitSimilarity, type Pt } from '../src/match/similarity-transform.ts';
import { loadHuman } from '../src/models/load-human.ts';
import type { Point3 } from '../src/types.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    rules: { type: 'string' },
    models: { type: 'string' },
    worst: { type: 'string' },
  },
});
type Face = { score: number; mesh: Point3[] };
type Rec = { path: string; identity: string; stages: Record<string, Face[]> };
let recs = readFileSync(`${repoRoot}/.cache/lfw-faces.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Rec);
if (values.limit) recs = recs.slice(0, Number(values.limit));
const W = 350;
const pad = (s: string) => Number(s.slice(1)) / 100;
const off = (s: string) => Math.round(W * pad(s));
type Obs = ReturnType<typeof describeFrame>['faces'][number];
// observations per stage, sorted largest first (removeNested), with index into raw list
const obsOf = (r: Rec, s: string): Obs[] => {
  const faces = r.stages[s];
  if (!faces) return [];
  const p = off(s);
  return describeFrame(
    { width: W + 2 * p, height: W + 2 * p, data: new Uint8Array(0) },
    faces.map((f) => ({ score: f.score, mesh: f.mesh })),
  ).faces;
};
type Pick = { stage: string; face: Obs } | null;
const centreDist = (s: string, f: Obs) => {
  const c = (W + 2 * off(s)) / 2;
  return Math.hypot(f.box.x + f.box.width / 2 - c, f.box.y + f.box.height / 2 - c);
};
const centre = (fs: Obs[], s: string) =>
  [...fs].sort((a, b) => centreDist(s, a) - centreDist(s, b))[0];
const largest = (fs: Obs[]) => fs[0];
function product(
  r: Rec,
  choose: (fs: Obs[], s: string) => Obs | undefined,
  order = ['g35', 'g70', 'g50'],
): Pick {
  const f0 = choose(obsOf(r, 'g0'), 'g0');
  if (f0 && f0.box.width < 0.3 * W) return { stage: 'g0', face: f0 };
  for (const s of order) {
    const fs = obsOf(r, s);
    if (!r.stages[s]) continue;
    const f = choose(fs, s);
    if (f) return { stage: s, face: f };
    if (f0) break;
  }
  return f0 ? { stage: 'g0', face: f0 } : null;
}
function stage(r: Rec, s: string): Pick {
  const f = obsOf(r, s)[0];
  return f ? { stage: s, face: f } : product(r, largest);
}
const rules: Record<string, (r: Rec) => Pick> = {
  prod: (r) => product(r, largest),
  centre: (r) => product(r, centre),
  g50c: (r) => product(r, centre, ['g50', 'g35', 'g70']),
  e50c: (r) => product(r, centre, ['e50', 'g35', 'g70']),
  g50l: (r) => product(r, largest, ['g50', 'g35', 'g70']),
  s0: (r) => stage(r, 'g0'),
  s35: (r) => stage(r, 'g35'),
  s50: (r) => stage(r, 'g50'),
  se50: (r) => stage(r, 'e50'),
};
const human = await loadHuman();
const dlib = loadDlibResnet(human.tf as never);
const session = await ort.InferenceSession.create(`${repoRoot}/.cache/models/fr_feature.onnx`, {
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
});
const dlibT = dlibTemplate();
const ARC: Pt[] = ARCFACE_112.map((p) => [p[0], p[1]]);
async function onnx(chip: Uint8Array): Promise<Float32Array> {
  const plane = 112 * 112;
  const input = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++)
    for (let c = 0; c < 3; c++) input[c * plane + i] = (chip[i * 3 + c]! - 127.5) / 128;
  const out = await session.run({
    [session.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, 112, 112]),
  });
  return l2normalize(Float32Array.from(out[session.outputNames[0]!]!.data as Float32Array));
}
const zt = (t: Pt[], c: number, z: number, dy = 0): Pt[] =>
  t.map((p) => [c + (p[0] - c) * z, c + (p[1] - c) * z + dy]);
let ZOOM = 1;
let DY = 0;
const models: Record<string, (img: RgbImage, m: Point3[]) => Promise<Float32Array>> = {
  dlib: (img, m) => {
    const chip = extractChip(
      img,
      fitSimilarity(zt(dlibT, 75, ZOOM, (DY * 150) / 112), dlibPoints(m)),
      150,
    );
    const a = l2normalize(dlib.embed(chip));
    const b = l2normalize(dlib.embed(mirrorChip(chip, 150)));
    return Promise.resolve(l2normalize(a.map((v, i) => v + b[i]!)));
  },
  onnx: async (img, m) =>
    onnx(extractChip(img, fitSimilarity(zt(ARC, 56, ZOOM, DY), arcfacePoints(m)), 112)),
};
// variant syntax: rule[:samp[:combine]]; rule may be "a+b" (several stages' picks), combine = emb|mesh
const variants = (values.rules ?? 'prod,centre').split(',').map((x) => {
  const [rule, samp = 'grey', comb = 'emb', zoom = '1', dy = '0'] = x.split(':');
  return { name: x, rules: rule!.split('+'), samp, comb, zoom: Number(zoom), dy: Number(dy) };
});
const modelNames = (values.models ?? 'dlib,onnx').split(',');
const shift = (m: Point3[], d: number): Point3[] =>
  m.map((p) => [p[0] - d, p[1] - d, p[2]] as Point3);
const cache = new Map<string, Float32Array>();
const vecs: Record<string, (Float32Array | null)[]> = {};
let done = 0;
const BIG = 1.0;
for (const r of recs) {
  const raw = await decodeImage(new Uint8Array(await readFile(r.path)));
  let grey: RgbImage | undefined;
  const emb = async (m: string, mesh: Point3[], samp: string, key: string) => {
    const k = `${key}|${samp}|${m}|${ZOOM}|${DY}`;
    if (!cache.has(k)) {
      if (samp === 'edge') cache.set(k, await models[m]!(raw, mesh));
      else {
        grey ??= padImage(raw, BIG);
        cache.set(k, await models[m]!(grey, shift(mesh, -Math.round(350 * BIG))));
      }
    }
    return cache.get(k)!;
  };
  for (const v of variants) {
    const picks = v.rules.map((ru) => rules[ru]!(r)).filter((p): p is NonNullable<Pick> => !!p);
    ZOOM = v.zoom;
    DY = v.dy;
    for (const m of modelNames) {
      let out: Float32Array | null = null;
      if (picks.length) {
        const meshes = picks.map((p) => shift(p.face.mesh, off(p.stage)));
        const keys = picks.map((p) => `${r.path}|${p.stage}|${p.face.box.x}|${p.face.box.y}`);
        if (v.comb === 'mesh' && picks.length > 1) {
          const mean = meshes[0]!.map(
            (_, i) =>
              [0, 1, 2].map(
                (c) => meshes.reduce((s, mm) => s + mm[i]![c]!, 0) / meshes.length,
              ) as unknown as Point3,
          );
          out = await emb(m, mean, v.samp, keys.join('&') + '|mm');
        } else {
          const es = [];
          for (let i = 0; i < picks.length; i++)
            es.push(await emb(m, meshes[i]!, v.samp, keys[i]!));
          out = l2normalize(es.reduce((a, b) => a.map((x, i) => x + b[i]!)));
        }
      }
      (vecs[`${v.name}/${m}`] ??= []).push(out);
    }
  }
  if (++done % 500 === 0) console.error(`${done}/${recs.length}`);
}
for (const [name, v] of Object.entries(vecs)) {
  const { genuine, impostor: imp } = pairScores(recs, v);
  const scores = { genuine, impostor: imp };
  const pct = (x: number) => (100 * x).toFixed(2);
  console.log(
    `${name.padEnd(22)} n=${recs.length} gen=${genuine.length} noface=${v.filter((x) => !x).length} FNMR@1e-2 ${pct(fnmrAtFmr(scores, 1e-2))} @1e-3 ${pct(fnmrAtFmr(scores, 1e-3))} @1e-4 ${pct(fnmrAtFmr(scores, 1e-4))} EER ${pct(eer(scores))} thr1e-3 ${thresholdAtFmr(imp, 1e-3).toFixed(4)} thr5e-4 ${thresholdAtFmr(imp, 5e-4).toFixed(4)}`,
  );
  if (values.worst) {
    const top = worstImages(recs, v, imp, Number(values.worst));
    console.log(
      '  worst: ' +
        top
          .map(([i, c]) => `${recs[i]!.path.split('/').pop()!.replace('.jpg', '')}:${c}`)
          .join(' '),
    );
  }
}
