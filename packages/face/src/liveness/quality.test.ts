import { describe, expect, it } from 'vitest';
import { fakeAnalysis, fakeFace, headCloud } from './fake-face.ts';
import { assessQuality, frameProblems } from './quality.ts';
import type { AnalysedFrame } from './types.ts';

const face = fakeFace(headCloud(1));

describe('frameProblems', () => {
  it('finds nothing wrong with a good frame', () => {
    expect(frameProblems(fakeAnalysis([face]))).toEqual([]);
  });
  it('names each problem', () => {
    expect(frameProblems(fakeAnalysis([]))).toEqual(['no_face']);
    expect(frameProblems(fakeAnalysis([], { brightness: 10 }))).toEqual(['too_dark', 'no_face']);
    expect(frameProblems(fakeAnalysis([face, face]))).toEqual(['multiple_faces']);
    expect(frameProblems(fakeAnalysis([face], { sharpness: 2 }))).toEqual(['too_blurry']);
    expect(frameProblems(fakeAnalysis([face], { faceSizeRatio: 0.05 }))).toEqual([
      'face_too_small',
    ]);
  });
});

function frames(n: number, make: (i: number) => AnalysedFrame['analysis']): AnalysedFrame[] {
  return Array.from({ length: n }, (_, i) => ({ t: i * 80, step: 0, analysis: make(i) }));
}

describe('assessQuality', () => {
  it('tolerates a few bad frames', () => {
    const r = assessQuality(frames(20, (i) => fakeAnalysis(i < 3 ? [] : [face])));
    expect(r.reasons).toEqual([]);
    expect(r.usable).toHaveLength(17);
  });
  it('fails a dark recording and says why', () => {
    const r = assessQuality(
      frames(20, (i) => fakeAnalysis(i < 12 ? [] : [face], { brightness: 15 })),
    );
    expect(r.reasons.map((x) => x.code)).toEqual([
      'no_face',
      'too_dark',
      'too_many_unusable_frames',
    ]);
  });
  it('fails a second face seen in more than one frame, whatever the share', () => {
    const r = assessQuality(frames(40, (i) => fakeAnalysis(i % 10 === 0 ? [face, face] : [face])));
    expect(r.reasons).toEqual([{ code: 'multiple_faces', detail: { frames: 4 } }]);
  });
  it('forgives a single spurious second face', () => {
    const r = assessQuality(frames(40, (i) => fakeAnalysis(i === 7 ? [face, face] : [face])));
    expect(r.reasons).toEqual([]);
  });
});
