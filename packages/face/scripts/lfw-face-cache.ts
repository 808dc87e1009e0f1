// Runs detection once per lfw-dev image at several paddings and keeps every face found (mesh and
// score) per padding in .cache/lfw-faces.jsonl, so that face-choice and padding rules can be
// compared offline (lfw-variants.ts --faces). Resumable. Research tooling; the product path is
// `face eval`.
// Usage: npx tsx packages/face/scripts/lfw-face-cache.ts [--manifest .cache/lfw-dev.csv] [--out FILE]
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cachedPaths } from './lfw-research.ts';
import { detectRawFaces } from '../src/analysis/detect-faces.ts';
import { readManifest } from '../src/eval/manifest.ts';
import { decodeImage, padImage, type RgbImage } from '../src/image/decode-image.ts';
import { loadHuman } from '../src/models/load-human.ts';

/** The image surrounded by `fraction` of its size on each side, continuing its edge pixels. */
function padImageEdge(img: RgbImage, fraction: number): RgbImage {
  const px = Math.round(img.width * fraction);
  const py = Math.round(img.height * fraction);
  const width = img.width + 2 * px;
  const height = img.height + 2 * py;
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(img.height - 1, Math.max(0, y - py));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(img.width - 1, Math.max(0, x - px));
      const s = (sy * img.width + sx) * 3;
      const o = (y * width + x) * 3;
      data[o] = img.data[s]!;
      data[o + 1] = img.data[s + 1]!;
      data[o + 2] = img.data[s + 2]!;
    }
  }
  return { data, width, height };
}

const repoRoot = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: { manifest: { type: 'string' }, out: { type: 'string' } },
});
const entries = await readManifest(resolve(values.manifest ?? `${repoRoot}/.cache/lfw-dev.csv`));
const out = resolve(values.out ?? `${repoRoot}/.cache/lfw-faces.jsonl`);
const done = cachedPaths(out);
const human = await loadHuman();
const r1 = (v: number) => Math.round(v * 10) / 10;
let n = 0;
for (const e of entries) {
  n++;
  if (done.has(e.path)) continue;
  const img = await decodeImage(new Uint8Array(await readFile(e.path)));
  // Stage name: g = grey padding (the product's), e = edge pixels continued; number = percent.
  const stages: Record<string, { score: number; mesh: number[][] }[]> = {};
  const detect = async (name: string, padded: RgbImage) => {
    const faces = await detectRawFaces(human, padded);
    stages[name] = faces.map((f) => ({
      score: r1(f.score * 1000) / 1000,
      mesh: f.mesh.map((p) => [r1(p[0]), r1(p[1]), r1(p[2])]),
    }));
  };
  await detect('g0', img);
  await detect('g35', padImage(img, 0.35));
  await detect('g50', padImage(img, 0.5));
  await detect('e50', padImageEdge(img, 0.5));
  if (!stages.g35!.length) await detect('g70', padImage(img, 0.7));
  appendFileSync(out, JSON.stringify({ path: e.path, identity: e.identity, stages }) + '\n');
  if (n % 200 === 0) console.error(`${n}/${entries.length}`);
}
