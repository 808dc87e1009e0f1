import { describe, expect, it } from 'vitest';
import { fakeAnalysis, fakeFace, headCloud } from './fake-face.ts';
import { GUIDANCE_THRESHOLDS, guidanceOf } from './guidance.ts';
import { frameProblems } from './quality.ts';
import { THRESHOLDS } from './thresholds.ts';

const face = fakeFace(headCloud(1));

describe('guidanceOf', () => {
  it('says ok for a good frame', () => {
    expect(guidanceOf(fakeAnalysis([face])).finding).toBe('ok');
  });

  it('puts the one thing to fix first', () => {
    expect(guidanceOf(fakeAnalysis([], { brightness: 10 }))).toMatchObject({
      finding: 'too_dark',
      problems: ['too_dark', 'no_face'],
      faces: 0,
    });
    expect(guidanceOf(fakeAnalysis([])).finding).toBe('no_face');
    const two = guidanceOf(fakeAnalysis([face, face], { faceSizeRatio: 0.05 }));
    expect(two.finding).toBe('multiple_faces');
    expect(two.problems).toEqual(['multiple_faces', 'face_too_small']);
    expect(guidanceOf(fakeAnalysis([face], { faceSizeRatio: 0.05 })).finding).toBe(
      'face_too_small',
    );
    expect(guidanceOf(fakeAnalysis([face], { sharpness: 2 })).finding).toBe('too_blurry');
  });

  it('asks for room above the limits the recording is judged by', () => {
    const q = THRESHOLDS.quality;
    const edge = fakeAnalysis([face], {
      brightness: q.minBrightness + 1,
      faceSizeRatio: q.minFaceSizeRatio + 0.005,
    });
    // Judged acceptable as a recording frame, but the guidance asks for more light and a closer face.
    expect(frameProblems(edge)).toEqual([]);
    expect(guidanceOf(edge).problems).toEqual(['too_dark', 'face_too_small']);
    expect(GUIDANCE_THRESHOLDS.minBrightness).toBeGreaterThan(q.minBrightness);
    expect(GUIDANCE_THRESHOLDS.minFaceSizeRatio).toBeGreaterThan(q.minFaceSizeRatio);
  });
});
