import { describe, expect, it } from 'vitest';
import { BLINK_SPACING_MS, framesAroundDip, sampleFrames } from './sample-frames.ts';

/** `perStep` frames per step at 15 fps. */
const frames = (perStep: number, steps: number) =>
  Array.from({ length: perStep * steps }, (_, i) => ({
    t: Math.round((i * 1000) / 15),
    step: Math.floor(i / perStep),
  }));

describe('sampleFrames', () => {
  it('keeps everything within budget', () => {
    expect(sampleFrames(frames(10, 3), ['nod', 'blink', 'mouth'], 40)).toHaveLength(30);
  });
  it('keeps blink steps dense and thins the others, ends included', () => {
    const f = frames(25, 3);
    const picked = sampleFrames(f, ['nod', 'blink', 'mouth'], 30);
    const inStep = (s: number) => picked.filter((i) => f[i]!.step === s);
    expect(picked.length).toBeLessThanOrEqual(34);
    expect(inStep(1).length).toBeGreaterThan(inStep(0).length);
    const blink = inStep(1);
    blink.slice(1).forEach((i, k) => {
      expect(f[i]!.t - f[blink[k]!]!.t).toBeLessThanOrEqual(2 * BLINK_SPACING_MS);
    });
    for (const s of [0, 1, 2]) {
      expect(inStep(s)[0]).toBe(s * 25);
      expect(inStep(s).at(-1)).toBe(s * 25 + 24);
    }
  });
});

describe('framesAroundDip', () => {
  it('returns the unanalysed neighbours of the least-open analysed frame of the step', () => {
    const f = frames(10, 2);
    const analysed = new Set([0, 2, 4, 6, 8, 9, 10, 12]);
    const eyes = (i: number) => (i === 4 ? 0.15 : 0.3);
    expect(framesAroundDip(f, analysed, 0, eyes)).toEqual([3, 5]);
  });
  it('stays inside the step and within reach', () => {
    const f = frames(10, 2);
    const analysed = new Set([0, 4, 8, 12]);
    expect(framesAroundDip(f, analysed, 1, (i) => (i === 12 ? 0.1 : 0.3))).toEqual([
      10, 11, 13, 14,
    ]);
  });
});
