// Generated camera videos, cached by content: making one takes ~20 s of software rendering, and
// the same inputs always give the same file. The cache sits in node_modules/.cache (never
// committed); any change to the generator's or the page clock's sources makes new files.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeChallengeVideo, type ChallengeVideoOptions } from './challenge-video.ts';

export const repoRoot = resolve(import.meta.dirname, '../../../..');
const cacheDir = join(repoRoot, 'node_modules/.cache/lifecert-e2e');

/** The shared photo folder, or null (tests skip, saying so) when ../shared is absent. */
export function sharedFacesDir(): string | null {
  const dir = resolve(repoRoot, '../shared/data/faces/face-recognition-examples');
  if (existsSync(dir)) return dir;
  console.warn(`skipping camera end-to-end tests: shared photos not found at ${dir}`);
  return null;
}

function sourcesHash(): string {
  const h = createHash('sha256');
  const dirs = [join(repoRoot, 'packages/synth/src'), join(repoRoot, 'apps/web/src/camera')];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.ts') && !f.endsWith('.test.ts'))
        h.update(f).update(readFileSync(join(dir, f)));
    }
  }
  h.update(readFileSync(join(import.meta.dirname, 'challenge-video.ts')));
  return h.digest('hex');
}

/** Makes (or finds) each video; at most two are rendered at once on the 2-core machines. */
export async function videosFor<K extends string>(
  specs: Record<K, ChallengeVideoOptions>,
): Promise<Record<K, string>> {
  await mkdir(cacheDir, { recursive: true });
  const base = sourcesHash();
  const entries = Object.entries(specs) as [K, ChallengeVideoOptions][];
  const out = {} as Record<K, string>;
  const queue = entries.map(([name, spec]) => async () => {
    const key = createHash('sha256')
      .update(base)
      .update(spec.photo)
      .update(JSON.stringify({ ...spec, photo: undefined }))
      .digest('hex')
      .slice(0, 20);
    const file = join(cacheDir, `${name}-${key}.y4m`);
    if (!existsSync(file)) {
      const tmp = `${file}.${process.pid}.tmp`;
      await writeChallengeVideo(tmp, spec);
      await rename(tmp, file);
    }
    out[name] = file;
  });
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  };
  await Promise.all([worker(), worker()]);
  return out;
}
