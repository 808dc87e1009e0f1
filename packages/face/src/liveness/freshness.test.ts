import { describe, expect, it } from 'vitest';
import type { Action } from '../types.ts';
import { checkFreshness, type TimedFrame } from './freshness.ts';

const challenge: Action[] = ['nod', 'blink', 'mouth'];
/** 3 steps x 20 frames, 80 ms apart, each frame's bytes different. */
const good: TimedFrame[] = Array.from({ length: 60 }, (_, i) => ({
  t: i * 80,
  step: Math.floor(i / 20),
  hash: `h${i}`,
}));
const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe('checkFreshness', () => {
  const issuedAt = 1_800_000_000_000;
  const nonce = { issuedAt, expiresAt: issuedAt + 120_000, challenge };

  it('accepts a recording made inside the challenge window', () => {
    expect(
      checkFreshness({ frames: good, challenge, nonce, receivedAt: issuedAt + 30_000 }),
    ).toEqual([]);
  });
  it('accepts offline verification without a nonce', () => {
    expect(checkFreshness({ frames: good, challenge })).toEqual([]);
  });
  it('rejects a recording received after the challenge expired', () => {
    expect(
      codes(checkFreshness({ frames: good, challenge, nonce, receivedAt: issuedAt + 600_000 })),
    ).toEqual(['stale_recording']);
  });
  it('rejects a recording that must have started before the challenge was issued', () => {
    // received 1 s after issue, but 4.7 s long
    expect(
      codes(checkFreshness({ frames: good, challenge, nonce, receivedAt: issuedAt + 1000 })),
    ).toEqual(['stale_recording']);
  });
  it('rejects a recording for another challenge', () => {
    const other = { ...nonce, challenge: ['blink', 'nod', 'mouth'] as Action[] };
    expect(
      codes(
        checkFreshness({ frames: good, challenge, nonce: other, receivedAt: issuedAt + 30_000 }),
      ),
    ).toEqual(['challenge_mismatch']);
  });
  it('rejects shuffled frames', () => {
    const shuffled = [...good];
    [shuffled[10], shuffled[30]] = [shuffled[30]!, shuffled[10]!];
    expect(codes(checkFreshness({ frames: shuffled, challenge }))).toContain('frames_out_of_order');
  });
  it('rejects repeated frames (a looped or padded stream)', () => {
    const looped = good.map((f, i) => ({ ...f, hash: `h${i % 20}` }));
    expect(checkFreshness({ frames: looped, challenge })).toEqual([
      { code: 'duplicate_frames', detail: { frames: 40 } },
    ]);
  });
  it('rejects an implausible frame rate, a long hole, a missing step', () => {
    const fast = good.map((f, i) => ({ ...f, t: i * 5 }));
    expect(codes(checkFreshness({ frames: fast, challenge }))).toEqual(['implausible_timing']);
    const holed = good.map((f, i) => ({ ...f, t: f.t + (i >= 30 ? 3000 : 0) }));
    expect(checkFreshness({ frames: holed, challenge })).toEqual([
      { code: 'implausible_timing', detail: { maxGapMs: 3080 } },
    ]);
    expect(codes(checkFreshness({ frames: good.slice(0, 40), challenge }))).toEqual([
      'step_missing',
    ]);
  });
  it('rejects frames that name a step the challenge does not have, rather than ignore them', () => {
    // The phone's route accepts steps up to the number of action kinds; a challenge has fewer.
    const extra = [
      ...good,
      { t: 60 * 80, step: 3, hash: 'h60' },
      { t: 61 * 80, step: 4, hash: 'h61' },
    ];
    expect(checkFreshness({ frames: extra, challenge })).toEqual([
      { code: 'step_missing', detail: { steps: '', framesOutsideChallenge: 2 } },
    ]);
  });
});
