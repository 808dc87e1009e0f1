// Generated camera videos, cached by content: rendering a take costs about half a minute of
// software rendering, and the same inputs always give the same file. The cache sits in
// node_modules/.cache (never committed); any change to the generator's or the page clock's
// sources makes new files, and files of older sources are removed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Action } from '@lifecert/face';
import { wrongOrder, writeY4m, type SyntheticRecording } from '@lifecert/synth';
import { darken, layOut, synthesiseTake, type VideoFrame } from './challenge-video.ts';

export const repoRoot = resolve(import.meta.dirname, '../../../..');
const cacheDir = join(repoRoot, 'node_modules/.cache/lifecert-e2e');
const FPS = 20;

/** The shared photo folder, or null (tests skip, saying so) when ../shared is absent. */
export function sharedFacesDir(): string | null {
  const dir = resolve(repoRoot, '../shared/data/faces/face-recognition-examples');
  if (existsSync(dir)) return dir;
  console.warn(`skipping camera end-to-end tests: shared photos not found at ${dir}`);
  return null;
}

export type VideoSpec = {
  photo: Uint8Array;
  challenge: readonly Action[];
  /** genuine; a printed photo; the right actions in the wrong order; a dark room */
  kind: 'genuine' | 'photo' | 'order' | 'dark';
};

function sourcesHash(): string {
  const h = createHash('sha256');
  for (const dir of [join(repoRoot, 'packages/synth/src'), import.meta.dirname]) {
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.ts') && !f.endsWith('.test.ts')) {
        h.update(f).update(readFileSync(join(dir, f)));
      }
    }
  }
  // The page's clock decides where the actions must fall.
  h.update(readFileSync(join(repoRoot, 'apps/web/src/camera/timeline.ts')));
  return h.digest('hex');
}

/** Makes (or finds) each video; genuine, order and dark of one photo share one rendered take. */
export async function videosFor<K extends string>(
  specs: Record<K, VideoSpec>,
): Promise<Record<K, string>> {
  await mkdir(cacheDir, { recursive: true });
  const base = sourcesHash();
  const takes = new Map<string, Promise<SyntheticRecording>>();
  const takeFor = (spec: VideoSpec) => {
    const attack = spec.kind === 'photo' ? 'photo' : undefined;
    const key = createHash('sha256').update(spec.photo).update(String(attack)).digest('hex');
    let take = takes.get(key);
    if (!take) {
      take = synthesiseTake({
        photo: spec.photo,
        challenge: spec.challenge,
        fps: FPS,
        ...(attack ? { attack } : {}),
      });
      takes.set(key, take);
    }
    return take;
  };
  const framesFor = async (spec: VideoSpec): Promise<VideoFrame[]> => {
    const take = await takeFor(spec);
    const performed = spec.kind === 'order' ? wrongOrder(spec.challenge) : spec.challenge;
    const frames = layOut(take, spec.challenge, performed);
    return spec.kind === 'dark' ? darken(frames) : frames;
  };

  const entries = Object.entries(specs) as [K, VideoSpec][];
  const files = entries.map(([name, spec]) => {
    const key = createHash('sha256')
      .update(base)
      .update(spec.photo)
      .update(JSON.stringify({ challenge: spec.challenge, kind: spec.kind, fps: FPS }))
      .digest('hex')
      .slice(0, 20);
    return [name, spec, join(cacheDir, `${name}-${key}.y4m`)] as const;
  });
  const keep = new Set(files.map(([, , file]) => file));
  for (const f of readdirSync(cacheDir)) {
    if (!keep.has(join(cacheDir, f))) await rm(join(cacheDir, f), { force: true });
  }
  // Takes render in parallel (two cores); each file is written once its take is ready.
  await Promise.all(
    files.map(async ([, spec, file]) => {
      if (existsSync(file)) return;
      const frames = await framesFor(spec);
      const tmp = `${file}.${process.pid}.tmp`;
      await writeY4m(tmp, frames, { fps: FPS });
      await rename(tmp, file);
    }),
  );
  return Object.fromEntries(files.map(([name, , file]) => [name, file])) as Record<K, string>;
}
