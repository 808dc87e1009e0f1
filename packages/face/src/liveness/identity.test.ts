import { describe, expect, it } from 'vitest';
import type { Embedding } from '../types.ts';
import { rng } from './fake-face.ts';
import { checkIdentity, type SampledEmbedding } from './identity.ts';

const cosine = (a: Embedding, b: Embedding) => {
  let d = 0;
  let na = 0;
  let nb = 0;
  a.vector.forEach((x, i) => {
    const y = b.vector[i]!;
    d += x * y;
    na += x * x;
    nb += y * y;
  });
  return d / Math.sqrt(na * nb);
};

/** A person is a random direction; their frames are that direction plus a little noise. */
function person(seed: number) {
  const r = rng(seed);
  const centre = Array.from({ length: 128 }, () => r() - 0.5);
  return (frameSeed: number): Embedding => {
    const n = rng(frameSeed);
    return {
      vector: Float32Array.from(centre.map((x) => x + (n() - 0.5) * 0.15)),
      quality: 1,
      model: 'test',
    };
  };
}

function samples(who: (i: number) => (s: number) => Embedding, n = 9): SampledEmbedding[] {
  return Array.from({ length: n }, (_, i) => ({
    t: i * 300,
    step: Math.floor(i / 3),
    embedding: who(i)(i),
  }));
}

describe('checkIdentity', () => {
  const a = person(1);
  const b = person(2);
  it('passes the same person throughout', () => {
    const s = samples(() => a);
    const r = checkIdentity(s, s[0]!.embedding, cosine, 0.6);
    expect(r.ok).toBe(true);
    expect(r.minPair).toBeGreaterThan(0.6);
    expect(r.reasons).toEqual([]);
  });
  it('catches a swap to someone else mid-recording and says when', () => {
    const s = samples((i) => (i < 5 ? a : b));
    const r = checkIdentity(s, s[0]!.embedding, cosine, 0.6);
    expect(r.ok).toBe(false);
    expect(r.reasons[0]).toMatchObject({ code: 'face_swapped' });
    const { betweenT, andT } = r.reasons[0]!.detail!;
    expect([betweenT as number, andT as number].some((t) => t >= 1500)).toBe(true);
    expect([betweenT as number, andT as number].some((t) => t < 1500)).toBe(true);
  });
});
