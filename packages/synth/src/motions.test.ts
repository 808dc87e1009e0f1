import { describe, expect, it } from 'vitest';
import { planTimeline } from './motions.ts';
import { createRng } from './random.ts';

const sample = <T = number>(f: (t: number) => T, from: number, to: number): T[] =>
  Array.from({ length: Math.floor((to - from) / 5) }, (_, i) => f(from + i * 5));

describe('action timelines', () => {
  it('gives each step 1.0-2.5 s, back to back, and is reproducible from the seed', () => {
    const a = planTimeline(['nod', 'shake', 'blink', 'mouth', 'gaze'], createRng(4));
    const b = planTimeline(['nod', 'shake', 'blink', 'mouth', 'gaze'], createRng(4));
    let t = 0;
    for (const s of a.steps) {
      expect(s.startMs).toBe(t);
      expect(s.endMs - s.startMs).toBeGreaterThanOrEqual(1000);
      expect(s.endMs - s.startMs).toBeLessThanOrEqual(2500);
      t = s.endMs;
    }
    expect(a.durationMs).toBe(t);
    expect(a.stateAt(700)).toEqual(b.stateAt(700));
  });

  it('nods down then up, and shakes both ways, within the step', () => {
    for (const seed of [1, 2, 3]) {
      const tl = planTimeline(['nod', 'shake'], createRng(seed));
      const [nod, shake] = tl.steps;
      const pitch = sample((t) => tl.stateAt(t).pitch, nod!.startMs, nod!.endMs);
      const down = pitch.findIndex((p) => p < -12);
      const up = pitch.findIndex((p) => p > 9);
      expect(down).toBeGreaterThanOrEqual(0);
      expect(up).toBeGreaterThan(down);
      const yaw = sample((t) => tl.stateAt(t).yaw, shake!.startMs, shake!.endMs);
      expect(Math.min(...yaw)).toBeLessThan(-20);
      expect(Math.max(...yaw)).toBeGreaterThan(20);
    }
  });

  it('keeps the eyes shut 150-250 ms in a blink and opens the mouth clearly', () => {
    for (const seed of [5, 6, 7]) {
      const tl = planTimeline(['blink', 'mouth'], createRng(seed));
      const [blink, mouth] = tl.steps;
      const shut = sample((t) => tl.stateAt(t).blink, blink!.startMs, blink!.endMs).filter(
        (b) => b > 0.8,
      );
      expect(shut.length * 5).toBeGreaterThanOrEqual(150);
      expect(shut.length * 5).toBeLessThanOrEqual(250);
      const open = sample((t) => tl.stateAt(t).mouth, mouth!.startMs, mouth!.endMs);
      expect(Math.max(...open)).toBeGreaterThan(0.8);
      expect(open[0]).toBe(0);
    }
  });

  it('ends where it began, so a looping fake camera does not jump', () => {
    const tl = planTimeline(['blink', 'nod', 'mouth'], createRng(9));
    const first = tl.stateAt(0);
    const last = tl.stateAt(tl.durationMs - 1e-6);
    for (const k of ['yaw', 'pitch', 'roll', 'tx', 'ty', 'tz'] as const) {
      expect(Math.abs(last[k] - first[k])).toBeLessThan(0.05);
    }
    expect(Math.abs(tl.stateAt(tl.durationMs / 2).tz - first.tz)).toBeGreaterThan(0);
  });

  it('turns the head so that eyes painted looking away look at the camera in a gaze step', () => {
    const rest = { head: { yaw: 0, pitch: 0 }, gaze: { yaw: 30, pitch: -12 } };
    for (const seed of [1, 2, 3]) {
      const plain = planTimeline(['blink', 'gaze'], createRng(seed));
      const turned = planTimeline(['blink', 'gaze'], createRng(seed), { rest });
      const [blink, gaze] = turned.steps;
      const turn = (t: number) => ({
        yaw: turned.stateAt(t).yaw - plain.stateAt(t).yaw,
        pitch: turned.stateAt(t).pitch - plain.stateAt(t).pitch,
      });
      // Only the gaze step turns, back to rest before the next one; 6 degrees are left as slack.
      expect(sample(turn, blink!.startMs, blink!.endMs).every((d) => d.yaw === 0)).toBe(true);
      expect(turn(gaze!.startMs)).toEqual({ yaw: 0, pitch: 0 });
      // 24 degrees wanted, 20 allowed: the head stops 20 degrees from frontal.
      const held = sample(turn, gaze!.startMs, gaze!.endMs).filter((d) => d.yaw === -20);
      expect(held.length * 5).toBeGreaterThanOrEqual(600);
      for (const d of held) expect(d.pitch).toBeCloseTo(6);
      expect(Math.abs(turn(gaze!.endMs - 1).yaw)).toBeLessThan(0.1);
    }
  });

  it('does not turn a head already far from frontal further away', () => {
    const rest = { head: { yaw: -25, pitch: 0 }, gaze: { yaw: 20, pitch: 0 } };
    const plain = planTimeline(['gaze'], createRng(2));
    const turned = planTimeline(['gaze'], createRng(2), { rest });
    const turn = sample((t) => turned.stateAt(t).yaw - plain.stateAt(t).yaw, 0, plain.durationMs);
    expect(turn.every((d) => d === 0)).toBe(true);
  });

  it('leaves a head that already looks at the camera alone in a gaze step', () => {
    const plain = planTimeline(['gaze'], createRng(3));
    const near = planTimeline(['gaze'], createRng(3), {
      rest: { head: { yaw: 10, pitch: 3 }, gaze: { yaw: -5, pitch: 4 } },
    });
    const at = (t: number) => [plain.stateAt(t), near.stateAt(t)];
    for (const [a, b] of sample(at, 0, plain.durationMs)) expect(b).toEqual(a);
  });

  it('holds still for the still-photo attack', () => {
    const tl = planTimeline(['nod', 'blink'], createRng(1), { still: true });
    const states = sample((t) => tl.stateAt(t), 0, tl.durationMs);
    expect(new Set(states.map((s) => JSON.stringify(s))).size).toBe(1);
  });
});
