import { access, readFile } from 'node:fs/promises';
import type { FaceEngine } from '../engine.ts';
import { decodes } from '../image/decode-image.ts';
import type { Embedding } from '../types.ts';
import type { ManifestEntry } from './manifest.ts';
import { rocSummary, thresholdAtFmr, type RocSummary } from './metrics.ts';

export type EvalReport = {
  images: number;
  failedToEmbed: number;
  pairs: { genuine: number; impostor: number };
} & RocSummary;

export type EvalRun = {
  report: EvalReport;
  msPerImage: number;
  /** the threshold each FMR would need on this set: the evidence for choosing the product one */
  thresholdsAtFmr: Record<'1e-2' | '1e-3' | '5e-4' | '1e-4', number>;
  /** files that are not decodable images: counted in `failedToEmbed`, as a photo without a face is */
  unreadable: string[];
};

const settles = (p: Promise<unknown>): Promise<boolean> =>
  p.then(
    () => true,
    () => false,
  );
const exists = (file: string) => settles(access(file));

/**
 * The verification protocol of ../shared/data/faces/README.md: every pair of images of the same
 * identity is genuine, every pair across identities an impostor; one image per embedding.
 */
export async function evaluate(
  entries: readonly ManifestEntry[],
  engine: FaceEngine,
  onProgress?: (done: number, total: number) => void,
): Promise<EvalRun> {
  // A path that is not there is a mistake in the manifest: said before minutes of embedding.
  const missing = (await Promise.all(entries.map((e) => exists(e.path)))).flatMap((there, i) =>
    there ? [] : [entries[i]!.path],
  );
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ', ...' : '');
    throw new Error(`${missing.length} manifest path(s) do not exist: ${shown}`);
  }
  const started = performance.now();
  let done = 0;
  const unreadable: string[] = [];
  const embeddings: (Embedding | null)[] = await Promise.all(
    entries.map(async (e) => {
      const bytes = new Uint8Array(await readFile(e.path));
      const emb = await engine.embed(bytes).catch(async (err: unknown) => {
        // Only a file that does not decode counts as a failure to embed; any other error is
        // the engine's and ends the run.
        if (await decodes(bytes)) throw err;
        unreadable.push(e.path);
        return null;
      });
      onProgress?.(++done, entries.length);
      return emb;
    }),
  );
  const msPerImage = (performance.now() - started) / Math.max(1, entries.length);
  const { report, impostor } = scoreAll(entries, embeddings, engine);
  return {
    report,
    msPerImage,
    unreadable,
    thresholdsAtFmr: {
      '1e-2': thresholdAtFmr(impostor, 1e-2),
      '1e-3': thresholdAtFmr(impostor, 1e-3),
      // the product threshold's operating point (docs/models.md)
      '5e-4': thresholdAtFmr(impostor, 5e-4),
      '1e-4': thresholdAtFmr(impostor, 1e-4),
    },
  };
}

export function scorePairs(
  entries: readonly ManifestEntry[],
  embeddings: readonly (Embedding | null)[],
  engine: Pick<FaceEngine, 'similarity' | 'threshold'>,
): EvalReport {
  return scoreAll(entries, embeddings, engine).report;
}

function scoreAll(
  entries: readonly ManifestEntry[],
  embeddings: readonly (Embedding | null)[],
  engine: Pick<FaceEngine, 'similarity' | 'threshold'>,
): { report: EvalReport; impostor: Float32Array } {
  const n = entries.length;
  const genuine: number[] = [];
  let impostorCount = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (entries[i]!.identity !== entries[j]!.identity) impostorCount++;
  const impostor = new Float32Array(impostorCount);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const a = embeddings[i];
    for (let j = i + 1; j < n; j++) {
      const b = embeddings[j];
      // No face found: the pair cannot match; it is an error if the pair is genuine.
      const s = a && b ? engine.similarity(a, b) : -Infinity;
      if (entries[i]!.identity === entries[j]!.identity) genuine.push(s);
      else impostor[k++] = s;
    }
  }
  const report = {
    images: n,
    failedToEmbed: embeddings.filter((e) => e === null).length,
    pairs: { genuine: genuine.length, impostor: impostor.length },
    ...rocSummary({ genuine, impostor }, engine.threshold),
  };
  return { report, impostor };
}
