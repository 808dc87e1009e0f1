import { describe, expect, it } from 'vitest';
import type { Action } from '../types.ts';
import { assessLiveness } from './assess-liveness.ts';
import { decide } from './decide.ts';
import { fakeAnalysis, fakeFace, fakeRecording, headCloud, projectHead } from './fake-face.ts';
import { applyHomography } from './homography.ts';

const challenge: Action[] = ['nod', 'blink', 'shake'];
const codes = (r: { code: string }[]) => [...new Set(r.map((x) => x.code))];

describe('assessLiveness', () => {
  it('passes a genuine recording', () => {
    const r = assessLiveness({ challenge, frames: fakeRecording(challenge) });
    expect(r.reasons).toEqual([]);
    expect(r.parallax.measured).toBe(true);
  });

  it('rejects a flat photo moved like a nod and a shake (no parallax, no blink)', () => {
    const genuine = fakeRecording(challenge);
    const base = projectHead(headCloud(9), {});
    // The photo follows the genuine pose track as a rigid plane: the pose estimator is fooled,
    // the landmarks are one homography of the frontal picture.
    const frames = genuine.map((f) => {
      const { yaw, pitch } = f.analysis.faces[0]!.pose;
      const h = [1, 0, yaw * 2, 0, 1, -pitch * 2, yaw * 3e-5, -pitch * 3e-5, 1];
      const mesh = base.map((p) => {
        const [x, y] = applyHomography(h, [p[0], p[1]]);
        return [x, y, p[2]] as const;
      });
      return { ...f, analysis: fakeAnalysis([fakeFace(headCloud(9), { yaw, pitch, mesh })]) };
    });
    const r = assessLiveness({ challenge, frames });
    expect(codes(r.reasons)).toEqual(['action_not_detected', 'no_parallax']);
    expect(r.reasons.find((x) => x.code === 'action_not_detected')).toMatchObject({
      action: 'blink',
    });
  });

  it('rejects a still image', () => {
    const face = fakeFace(headCloud(2));
    const frames = fakeRecording(challenge).map((f) => ({ ...f, analysis: fakeAnalysis([face]) }));
    expect(codes(assessLiveness({ challenge, frames }).reasons)).toEqual([
      'action_not_detected',
      'no_motion',
    ]);
  });

  it('rejects a dark recording', () => {
    const frames = fakeRecording(challenge).map((f) => ({
      ...f,
      analysis: { ...f.analysis, quality: { ...f.analysis.quality, brightness: 12 } },
    }));
    expect(codes(assessLiveness({ challenge, frames }).reasons)).toContain('too_dark');
  });
});

describe('decide', () => {
  const match = { score: 0.8, threshold: 0.6, model: 'test' };
  it('passes only with no reasons and a match above threshold', () => {
    expect(decide({ liveness: { reasons: [] }, match })).toEqual({
      decision: 'pass',
      reasons: [],
      match,
    });
  });
  it('fails below the threshold with score and threshold', () => {
    const d = decide({ liveness: { reasons: [] }, match: { ...match, score: 0.4 } });
    expect(d.decision).toBe('fail');
    expect(d.reasons).toEqual([{ code: 'no_match', detail: { score: 0.4, threshold: 0.6 } }]);
  });
  it('keeps every reason, liveness first', () => {
    const d = decide({
      liveness: { reasons: [{ code: 'too_dark' }] },
      identity: { reasons: [{ code: 'face_swapped' }] },
    });
    expect(d.reasons.map((r) => r.code)).toEqual(['too_dark', 'face_swapped', 'no_match']);
  });
  it('fails when the reference has no usable face', () => {
    const d = decide({ liveness: { reasons: [] }, referenceUsable: false });
    expect(d).toEqual({ decision: 'fail', reasons: [{ code: 'reference_unusable' }] });
  });
});
