import type { Embedding } from '../types.ts';
import { round } from './stats.ts';
import type { LivenessReason } from './types.ts';

export type SampledEmbedding = { t: number; step: number; embedding: Embedding };

export type IdentityResult = {
  ok: boolean;
  /** lowest similarity between two sampled frames */
  minPair: number;
  /** lowest similarity between a sampled frame and the attempt's fused embedding */
  minToFused: number;
  samples: number;
  reasons: LivenessReason[];
};

/**
 * Same person in every frame. A swap mid-recording splits the samples into two groups whose
 * cross similarities look like two different people, so the weakest pair is compared with the
 * match threshold; the fused embedding sits between the two groups and is reported as support.
 */
export function checkIdentity(
  samples: readonly SampledEmbedding[],
  fused: Embedding | null,
  similarity: (a: Embedding, b: Embedding) => number,
  threshold: number,
): IdentityResult {
  let minPair = 1;
  let worst: [SampledEmbedding, SampledEmbedding] | null = null;
  for (let i = 0; i < samples.length; i++) {
    for (let j = i + 1; j < samples.length; j++) {
      const s = similarity(samples[i]!.embedding, samples[j]!.embedding);
      if (s < minPair) {
        minPair = s;
        worst = [samples[i]!, samples[j]!];
      }
    }
  }
  const minToFused = fused
    ? Math.min(1, ...samples.map((x) => similarity(x.embedding, fused)))
    : Number.NaN;
  const ok = worst === null || minPair >= threshold;
  const reasons: LivenessReason[] = ok
    ? []
    : [
        {
          code: 'face_swapped',
          detail: {
            minSimilarity: round(minPair),
            threshold: round(threshold),
            betweenT: worst![0].t,
            andT: worst![1].t,
          },
        },
      ];
  return {
    ok,
    minPair: round(minPair),
    minToFused: round(minToFused),
    samples: samples.length,
    reasons,
  };
}
