import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eer,
  fmrAt,
  fnmrAt,
  fnmrAtFmr,
  rocSummary,
  thresholdAtFmr,
  wilsonInterval,
} from './metrics.ts';

const scores = fc.array(
  fc.integer({ min: -100, max: 100 }).map((i) => i / 100),
  { minLength: 1, maxLength: 300 },
);

describe('thresholdAtFmr', () => {
  it('lets through at most the allowed share of impostors, and is the lowest such threshold', () => {
    fc.assert(
      fc.property(scores, fc.constantFrom(0, 1e-2, 0.1, 0.5), (imp, fmr) => {
        const t = thresholdAtFmr(imp, fmr);
        expect(fmrAt(imp, t)).toBeLessThanOrEqual(fmr + 1e-12);
        // any impostor score just below t would, as a threshold, let through too many
        const below = imp.filter((s) => s < t);
        if (below.length) expect(fmrAt(imp, Math.max(...below))).toBeGreaterThan(fmr);
      }),
    );
  });

  it('sits just above the 11th-highest of 1000 impostors at FMR 1e-2', () => {
    const imp = Array.from({ length: 1000 }, (_, i) => i / 1000);
    const t = thresholdAtFmr(imp, 1e-2);
    expect(t).toBeGreaterThan(0.989);
    expect(fmrAt(imp, t)).toBeCloseTo(0.01, 10);
  });
});

describe('fnmrAtFmr and eer', () => {
  it('are zero when every genuine score beats every impostor', () => {
    const s = { genuine: [0.9, 0.95, 0.8], impostor: [0.1, 0.2, 0.3, 0.79] };
    expect(fnmrAtFmr(s, 0)).toBe(0);
    expect(eer(s)).toBe(0);
  });

  it('count a failed embedding (-Infinity) as a rejection', () => {
    const s = { genuine: [0.9, -Infinity], impostor: [0.1, -Infinity] };
    expect(fnmrAtFmr(s, 0)).toBe(0.5);
  });

  it('finds the crossing of two interleaved hand-made lists', () => {
    // thresholds in (0.4, 0.5]: genuine 0.3 rejected (1/4), impostor 0.6 accepted (1/4)
    const s = { genuine: [0.3, 0.5, 0.8, 0.9], impostor: [0.1, 0.2, 0.4, 0.6] };
    expect(eer(s)).toBeCloseTo(0.25, 10);
    expect(fnmrAtFmr(s, 0)).toBe(0.5); // just above 0.6: 0.3 and 0.5 are rejected
    expect(fnmrAtFmr(s, 0.25)).toBe(0.25); // just above 0.4: only 0.3 is
  });

  it('depend only on the order of the scores, not their scale', () => {
    fc.assert(
      fc.property(scores, scores, (g, imp) => {
        const warp = (xs: number[]) => xs.map((x) => Math.exp(3 * x));
        const a = { genuine: g, impostor: imp };
        const b = { genuine: warp(g), impostor: warp(imp) };
        expect(eer(b)).toBeCloseTo(eer(a), 12);
        expect(fnmrAtFmr(b, 0.1)).toBeCloseTo(fnmrAtFmr(a, 0.1), 12);
      }),
    );
  });

  it('give the EER as the lowest max(FMR, FNMR) over all thresholds (brute force)', () => {
    fc.assert(
      fc.property(scores, scores, (g, imp) => {
        const thresholds = [...g, ...imp]
          .flatMap((s) => [s, s + 0.001])
          .concat([-Infinity, Infinity]);
        const best = Math.min(...thresholds.map((t) => Math.max(fmrAt(imp, t), fnmrAt(g, t))));
        expect(eer({ genuine: g, impostor: imp })).toBeCloseTo(best, 12);
      }),
    );
  });
});

describe('rocSummary', () => {
  it('reports the error rates at the product threshold', () => {
    const r = rocSummary({ genuine: [0.5, 0.9], impostor: [0.1, 0.6] }, 0.55);
    expect(r.atThreshold).toEqual({ fmr: 0.5, fnmr: 0.5 });
    expect(r.threshold).toBe(0.55);
  });
});

describe('wilsonInterval', () => {
  it('gives the textbook bounds for 0, 4 and 30 of 30', () => {
    // Computed by hand from the closed form with z = 1.96.
    const [lo0, hi0] = wilsonInterval(0, 30);
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.1135, 4);
    const [lo4, hi4] = wilsonInterval(4, 30);
    expect(lo4).toBeCloseTo(0.0531, 4);
    expect(hi4).toBeCloseTo(0.2968, 4);
    expect(wilsonInterval(30, 30)[1]).toBe(1);
  });

  it('holds the observed share, is mirrored for the complement, and narrows with more trials', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, f) => {
          const k = Math.round(f * n);
          const [lo, hi] = wilsonInterval(k, n);
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(1);
          expect(lo).toBeLessThanOrEqual(k / n);
          expect(hi).toBeGreaterThanOrEqual(k / n);
          const [clo, chi] = wilsonInterval(n - k, n);
          expect(clo).toBeCloseTo(1 - hi, 9);
          expect(chi).toBeCloseTo(1 - lo, 9);
          const [lo4, hi4] = wilsonInterval(4 * k, 4 * n);
          expect(hi4 - lo4).toBeLessThan(hi - lo);
        },
      ),
    );
  });

  it('refuses counts that are not a proportion', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
  });
});
