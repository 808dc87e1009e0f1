import type { Embedding } from '../types.ts';
import { l2normalize } from './embedding-model.ts';

/**
 * One embedding for an attempt from several of its frames: the quality-weighted mean of the unit
 * vectors, renormalised. Averaging frames cancels per-frame noise (blur, expression, landmark
 * jitter); the weights keep a bad frame from pulling the result.
 */
export function fuseEmbeddings(list: readonly Embedding[]): Embedding | null {
  const first = list[0];
  if (!first) return null;
  const models = new Set(list.map((e) => e.model));
  if (models.size > 1)
    throw new Error(`cannot fuse embeddings of different models: ${[...models].join(', ')}`);
  const dim = first.vector.length;
  const sum = new Float32Array(dim);
  let total = 0;
  for (const e of list) {
    if (e.vector.length !== dim) throw new Error('embeddings differ in length');
    // A tiny floor so a list of zero-quality frames still averages instead of dividing by zero.
    const w = Math.max(e.quality, 1e-6);
    total += w;
    for (let i = 0; i < dim; i++) sum[i]! += w * e.vector[i]!;
  }
  const quality = list.reduce((s, e) => s + Math.max(e.quality, 1e-6) * e.quality, 0) / total;
  return { vector: l2normalize(sum), quality, model: first.model };
}

export function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new Error('vectors differ in length');
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
