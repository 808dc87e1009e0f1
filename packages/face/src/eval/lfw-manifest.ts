// Builds a manifest for the shared lfw-dev folder, whose files are named Person_Name_NNNN.jpg.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';

const LFW_NAME = /^(.+)_(\d{4})\.jpg$/i;

export type LfwOptions = {
  /** keep only people with at least this many photos */
  minPhotos?: number;
  /** keep the first N identities (sorted by name) that pass minPhotos, for a quick subset */
  maxPeople?: number;
};

/** Each identity (sorted by name) with its photos' absolute paths (sorted by file name). */
export async function lfwPeople(
  dir: string,
  opts: LfwOptions = {},
): Promise<{ identity: string; photos: string[] }[]> {
  const byName = new Map<string, string[]>();
  for (const f of (await readdir(dir)).sort()) {
    const m = LFW_NAME.exec(f);
    if (!m) continue;
    const files = byName.get(m[1]!) ?? [];
    files.push(resolve(dir, f));
    byName.set(m[1]!, files);
  }
  const people = [...byName.entries()]
    .filter(([, f]) => f.length >= (opts.minPhotos ?? 1))
    .map(([identity, photos]) => ({ identity, photos }));
  return opts.maxPeople === undefined ? people : people.slice(0, opts.maxPeople);
}

export async function lfwEntries(dir: string, opts: LfwOptions = {}) {
  const people = await lfwPeople(dir, opts);
  return people.flatMap(({ identity, photos }) => photos.map((path) => ({ path, identity })));
}

/** Writes `path,identity` rows with paths relative to the manifest file. */
export async function writeLfwManifest(dir: string, out: string, opts: LfwOptions = {}) {
  const entries = await lfwEntries(dir, opts);
  await mkdir(dirname(out), { recursive: true });
  const rows = entries.map((e) => `${relative(dirname(resolve(out)), e.path)},${e.identity}`);
  await writeFile(out, ['path,identity', ...rows].join('\n') + '\n');
  return entries.length;
}
