import type { RgbImage } from '../image/decode-image.ts';
import type { Point3 } from '../types.ts';

/**
 * The port every face-embedding model implements: a deployer can plug in another model file by
 * writing (or configuring) one of these. Vectors come back L2-normalised, compared by cosine.
 */
export type EmbeddingModel = {
  name: string;
  embed(img: RgbImage, mesh: readonly Point3[]): Promise<Float32Array>;
  dispose(): void;
};

export function l2normalize(v: Float32Array): Float32Array {
  let s = 0;
  for (const x of v) s += x * x;
  const n = Math.sqrt(s) || 1;
  return v.map((x) => x / n);
}
