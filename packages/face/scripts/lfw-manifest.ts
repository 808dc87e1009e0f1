// Writes .cache/lfw-dev.csv (git-ignored) for `lifecert face eval --manifest`, from ../shared.
// Usage: npx tsx packages/face/scripts/lfw-manifest.ts [--people N] [--out FILE]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeLfwManifest } from '../src/eval/lfw-manifest.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: {
    people: { type: 'string' },
    out: { type: 'string' },
    'min-photos': { type: 'string' },
  },
});
const dir = resolve(repoRoot, '../shared/data/faces/lfw-dev');
if (!existsSync(dir)) {
  console.error(`lfw-dev not found at ${dir}`);
  process.exit(1);
}
const out = resolve(values.out ?? resolve(repoRoot, '.cache/lfw-dev.csv'));
const n = await writeLfwManifest(dir, out, {
  maxPeople: values.people ? Number(values.people) : undefined,
  minPhotos: values['min-photos'] ? Number(values['min-photos']) : undefined,
});
console.log(`${out}: ${n} images`);
