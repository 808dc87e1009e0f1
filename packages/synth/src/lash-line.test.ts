import { describe, expect, it } from 'vitest';
import { drawLashLine } from './lash-line.ts';
import { clearTarget, createTarget } from './rasterise.ts';

describe('drawLashLine', () => {
  // Three vertices on a horizontal lid edge from x=10 to x=50 at y=20: an eye 40 px wide.
  const screen = new Float32Array([10, 20, 1, 30, 20, 1, 50, 20, 1]);
  const luma = (t: ReturnType<typeof createTarget>, x: number, y: number) =>
    t.color[(y * t.width + x) * 3]!;

  it('darkens a thin line along the closed lid, and nothing away from it', () => {
    const t = createTarget(64, 40);
    clearTarget(t, [200, 200, 200]);
    drawLashLine(t, screen, [0, 1, 2], 1);
    expect(luma(t, 30, 19)).toBeLessThan(100);
    expect(luma(t, 30, 20)).toBeLessThan(100);
    expect(luma(t, 30, 24)).toBe(200);
    expect(luma(t, 30, 15)).toBe(200);
    expect(luma(t, 58, 20)).toBe(200);
  });

  it('fades with the eye half open', () => {
    const full = createTarget(64, 40);
    const half = createTarget(64, 40);
    clearTarget(full, [200, 200, 200]);
    clearTarget(half, [200, 200, 200]);
    drawLashLine(full, screen, [0, 1, 2], 1);
    drawLashLine(half, screen, [0, 1, 2], 0.5);
    expect(luma(half, 30, 19)).toBeGreaterThan(luma(full, 30, 19));
    expect(luma(half, 30, 19)).toBeLessThan(200);
  });
});
