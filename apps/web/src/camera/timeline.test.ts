import { describe, expect, it } from 'vitest';
import { CAPTURE_INTERVAL_MS, recordingMs, shouldCapture, STEP_MS, stepAt } from './timeline.ts';

describe('challenge timeline', () => {
  it('gives every step the same window and ends after the last', () => {
    expect(recordingMs(3)).toBe(3 * STEP_MS);
    expect(stepAt(0, 3)).toBe(0);
    expect(stepAt(STEP_MS - 1, 3)).toBe(0);
    expect(stepAt(STEP_MS, 3)).toBe(1);
    expect(stepAt(3 * STEP_MS - 1, 3)).toBe(2);
    expect(stepAt(3 * STEP_MS, 3)).toBe(-1);
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
