import { describe, expect, it } from 'vitest';
import { sampleFrames } from './sample-frames.ts';

const frames = (perStep: number, steps: number) =>
  Array.from({ length: perStep * steps }, (_, i) => ({ step: Math.floor(i / perStep) }));

describe('sampleFrames', () => {
  it('keeps everything within budget', () => {
    expect(sampleFrames(frames(10, 3), ['nod', 'blink', 'mouth'], 40)).toHaveLength(30);
  });
  it('keeps blink steps dense and thins the others, ends included', () => {
    const f = frames(25, 3);
    const picked = sampleFrames(f, ['nod', 'blink', 'mouth'], 40);
    const inStep = (s: number) => picked.filter((i) => f[i]!.step === s);
    expect(picked.length).toBeLessThanOrEqual(44);
    expect(inStep(1).length).toBeGreaterThan(inStep(0).length);
    // a blink may show in one frame only: none of the blink step's frames is dropped
    expect(inStep(1)).toHaveLength(25);
    for (const s of [0, 1, 2]) {
      expect(inStep(s)[0]).toBe(s * 25);
      expect(inStep(s).at(-1)).toBe(s * 25 + 24);
    }
  });
});
