// Runs detection once per lfw-dev image and keeps the chosen face's mesh (and whether the image
// how much the image was padded) in .cache/lfw-mesh.jsonl, so that alignment and embedding variants can be compared
// without repeating the expensive detection. Research tooling; the product path is `face eval`.
// Usage: npx tsx packages/face/scripts/lfw-mesh-cache.ts [--manifest .cache/lfw-dev.csv] [--out FILE]
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cachedPaths } from './lfw-research.ts';
import { readManifest } from '../src/eval/manifest.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import { loadHuman } from '../src/models/load-human.ts';
import { findLargestFace } from '../src/find-face.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: { manifest: { type: 'string' }, out: { type: 'string' } },
});
const entries = await readManifest(resolve(values.manifest ?? `${repoRoot}/.cache/lfw-dev.csv`));
const out = resolve(values.out ?? `${repoRoot}/.cache/lfw-mesh.jsonl`);
const done = cachedPaths(out);
const human = await loadHuman();
let n = 0;
for (const e of entries) {
  n++;
  if (done.has(e.path)) continue;
  const img = await decodeImage(new Uint8Array(await readFile(e.path)));
  const found = await findLargestFace(human, img);
  const padding =
    found && found.img !== img ? Math.round((found.img.width / img.width - 1) * 50) / 100 : 0;
  const face = found?.face;
  const mesh = face ? face.mesh.map((q) => q.map((v) => Math.round(v * 100) / 100)) : null;
  appendFileSync(out, JSON.stringify({ path: e.path, identity: e.identity, padding, mesh }) + '\n');
  if (n % 200 === 0) console.error(`${n}/${entries.length}`);
}
