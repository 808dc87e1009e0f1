import { describe, expect, it } from 'vitest';
import type { Action } from '../types.ts';
import { checkChallenge } from './challenge.ts';
import { fakeRecording } from './fake-face.ts';
import type { AnalysedFrame, FaceFrame } from './types.ts';

function byStep(frames: AnalysedFrame[], steps: number): FaceFrame[][] {
  return Array.from({ length: steps }, (_, s) =>
    frames.filter((f) => f.step === s).map((f) => ({ t: f.t, face: f.analysis.faces[0]! })),
  );
}

const challenges: Action[][] = [
  ['nod', 'blink', 'mouth'],
  ['shake', 'gaze', 'blink'],
  ['mouth', 'nod', 'shake'],
];

describe('checkChallenge', () => {
  it.each(challenges)('accepts %s, %s, %s performed as asked', (...challenge) => {
    const r = checkChallenge(challenge, byStep(fakeRecording(challenge), 3));
    expect(r.reasons).toEqual([]);
    expect(r.steps.every((s) => s.check.ok)).toBe(true);
  });

  it('flags actions performed in another order', () => {
    const challenge: Action[] = ['nod', 'blink', 'mouth'];
    const frames = fakeRecording(challenge, { perform: ['blink', 'mouth', 'nod'] });
    const r = checkChallenge(challenge, byStep(frames, 3));
    expect(r.reasons).toContainEqual(
      expect.objectContaining({
        code: 'action_out_of_order',
        step: 0,
        action: 'nod',
        detail: { foundInStep: 2 },
      }),
    );
    expect(r.reasons.map((x) => x.step)).toEqual([0, 1, 2]);
  });

  it('reports a missing action with the detector’s sub-reason and evidence', () => {
    const frames = fakeRecording(['nod', 'gaze', 'mouth'], { perform: ['nod', 'gaze', 'gaze'] });
    const r = checkChallenge(['nod', 'gaze', 'mouth'], byStep(frames, 3));
    expect(r.reasons).toEqual([
      expect.objectContaining({
        code: 'action_not_detected',
        step: 2,
        action: 'mouth',
        detail: expect.objectContaining({ why: 'not_open' }) as unknown,
      }),
    ]);
  });

  it('does not judge a step with too few usable frames', () => {
    const steps = byStep(fakeRecording(['nod', 'blink', 'mouth']), 3);
    steps[1] = steps[1]!.slice(0, 2);
    const r = checkChallenge(['nod', 'blink', 'mouth'], steps);
    expect(r.reasons).toEqual([
      expect.objectContaining({
        code: 'action_not_detected',
        step: 1,
        detail: { why: 'too_few_frames', frames: 2 },
      }),
    ]);
  });
});
