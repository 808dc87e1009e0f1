// Deterministic randomness: every recording is reproducible from its seed, so a failing liveness
// test can be replayed frame for frame.

export type Rng = {
  /** uniform in [0, 1) */
  next: () => number;
  /** uniform in [min, max) */
  range: (min: number, max: number) => number;
  /** standard normal */
  gauss: () => number;
};

/** mulberry32: tiny, fast and good enough for noise; not for anything secret. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const gauss = (): number => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return { next, range: (min, max) => min + (max - min) * next(), gauss };
}

/**
 * Smooth band-limited wobble in [-1, 1] built from a few sinusoids with random frequencies and
 * phases: natural-looking drift for head jitter and lighting without per-frame jumps.
 */
export function createWobble(
  rng: Rng,
  minHz = 0.15,
  maxHz = 1.2,
  parts = 3,
): (tMs: number) => number {
  const waves = Array.from({ length: parts }, () => ({
    hz: rng.range(minHz, maxHz),
    phase: rng.range(0, 2 * Math.PI),
    amp: rng.range(0.5, 1),
  }));
  const total = waves.reduce((s, w) => s + w.amp, 0);
  return (tMs) => {
    let v = 0;
    for (const w of waves) v += w.amp * Math.sin(2 * Math.PI * w.hz * (tMs / 1000) + w.phase);
    return v / total;
  };
}
