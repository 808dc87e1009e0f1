// End to end on generated recordings: the real face engine judges the synthetic generator's
// genuine attempt and each attack kind. One person, to stay fast; eval-liveness.ts runs 30+.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { synthesiseRecording, type AttackKind } from '@lifecert/synth';
import { sharedPath, useFaceEngine } from '../test-data.ts';
import type { Action } from '../types.ts';
import { verifyAttempt } from '../verify-attempt.ts';

const dir = sharedPath('face-recognition-examples');
const challenge: Action[] = ['nod', 'blink', 'shake'];

describe.skipIf(!dir)('verifyAttempt on generated recordings', () => {
  const engine = useFaceEngine();
  const read = (name: string) => new Uint8Array(readFileSync(`${dir}/${name}`));

  const attempt = async (attack?: AttackKind) => {
    const recording = await synthesiseRecording({
      photo: read('obama.jpg'),
      challenge,
      seed: 7,
      ...(attack ? { attack } : {}),
      ...(attack === 'swap' ? { swapPhoto: read('biden.jpg') } : {}),
    });
    return verifyAttempt(engine(), { reference: read('obama2.jpg'), recording });
  };

  it('passes the genuine attempt against another photo of the same person', async () => {
    const r = await attempt();
    expect(r.reasons).toEqual([]);
    expect(r.decision).toBe('pass');
    expect(r.match!.score).toBeGreaterThanOrEqual(r.match!.threshold);
  }, 120_000);

  it.each([
    ['photo', ['no_parallax', 'action_not_detected']],
    ['swap', ['face_swapped']],
    ['order', ['action_out_of_order']],
    ['dark', ['too_dark']],
    ['still', ['no_motion']],
  ] as const)(
    'rejects the %s attack for its own reason',
    async (attack, expected) => {
      const r = await attempt(attack);
      expect(r.decision).toBe('fail');
      const codes = r.reasons.map((x) => x.code);
      expect(expected.some((code) => codes.includes(code))).toBe(true);
    },
    120_000,
  );
});
