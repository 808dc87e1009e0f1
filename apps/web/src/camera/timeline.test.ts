import { describe, expect, it } from 'vitest';
import {
  CAPTURE_INTERVAL_MS,
  challengeOrigin,
  READY_MS,
  recordingMs,
  shouldCapture,
  stepAt,
  stepBounds,
  stepMs,
} from './timeline.ts';

describe('challenge timeline', () => {
  const actions = ['nod', 'blink', 'mouth'] as const;

  it('gives each action its window, one after the other', () => {
    expect(stepMs('blink')).toBeLessThan(stepMs('nod'));
    const b = stepBounds(actions);
    expect(b).toEqual([0, stepMs('nod'), stepMs('nod') + stepMs('blink'), recordingMs(actions)]);
    expect(recordingMs(actions)).toBe(stepMs('nod') + stepMs('blink') + stepMs('mouth'));
  });

  it('names the step of every moment and ends after the last', () => {
    const b = stepBounds(actions);
    expect(stepAt(0, actions)).toBe(0);
    expect(stepAt(b[1]! - 1, actions)).toBe(0);
    expect(stepAt(b[1]!, actions)).toBe(1);
    expect(stepAt(b[2]!, actions)).toBe(2);
    expect(stepAt(b[3]! - 1, actions)).toBe(2);
    expect(stepAt(b[3]!, actions)).toBe(-1);
  });

  it('keeps about ten frames a second whatever the camera rate', () => {
    const kept: number[] = [];
    let last: number | null = null;
    // a 30 fps camera with a little jitter over one second
    for (let k = 0; k < 30; k++) {
      const t = Math.round(k * 33.3 + (k % 3));
      if (shouldCapture(t, last)) {
        kept.push(t);
        last = t;
      }
    }
    expect(kept.length).toBeGreaterThanOrEqual(9);
    expect(kept.length).toBeLessThanOrEqual(11);
    for (let i = 1; i < kept.length; i++) {
      expect(kept[i]! - kept[i - 1]!).toBeGreaterThanOrEqual(CAPTURE_INTERVAL_MS * 0.9);
    }
  });
});

describe('challenge origin', () => {
  it('starts the prompts READY_MS into a stream whose clock starts at 0', () => {
    expect(challengeOrigin(0)).toBe(READY_MS);
    expect(challengeOrigin(760)).toBe(READY_MS);
  });

  it('gives a clock with another origin READY_MS from its first frame', () => {
    expect(challengeOrigin(5000)).toBe(5000 + READY_MS);
  });
});
