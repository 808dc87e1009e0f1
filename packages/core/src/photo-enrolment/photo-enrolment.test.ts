import { describe, expect, it } from 'vitest';
import { checkDecider, judgePhoto, photoProblems, validateReason } from './index.ts';
import type { PhotoLimits, PhotoMeasures } from './ports.ts';

const limits: PhotoLimits = {
  minFaceSizeRatio: 0.12,
  maxPoseDeg: 20,
  minBrightness: 40,
  minSharpness: 15,
};
const good: PhotoMeasures = {
  faces: 1,
  faceSizeRatio: 0.4,
  pose: { yaw: 3, pitch: -5, roll: 1 },
  brightness: 120,
  sharpness: 80,
};
const embedding = { vector: new Float32Array([1, 0]), model: 'm' };

describe('photoProblems', () => {
  it('accepts a frontal, large, bright, sharp single face', () => {
    expect(photoProblems(good, limits)).toEqual([]);
  });
  it.each([
    [{ faces: 2 }, 'photo_multiple_faces'],
    [{ faceSizeRatio: 0.1 }, 'photo_face_too_small'],
    [{ pose: { yaw: 25, pitch: 0, roll: 0 } }, 'photo_not_frontal'],
    [{ pose: { yaw: 0, pitch: -21, roll: 0 } }, 'photo_not_frontal'],
    [{ pose: { yaw: 0, pitch: 0, roll: 30 } }, 'photo_not_frontal'],
    [{ brightness: 30 }, 'photo_too_dark'],
    [{ sharpness: 5 }, 'photo_too_blurry'],
  ] as const)('names %o as %s', (change, problem) => {
    expect(photoProblems({ ...good, ...change }, limits)).toEqual([problem]);
  });
  it('puts a missing face first and blames the dark', () => {
    expect(photoProblems({ ...good, faces: 0, brightness: 10 }, limits)).toEqual([
      'photo_no_face',
      'photo_too_dark',
    ]);
  });
});

describe('judgePhoto', () => {
  it('refuses an unreadable image', () => {
    expect(judgePhoto({ readable: false })).toEqual({ ok: false, problems: ['photo_unreadable'] });
  });
  it('refuses a good face without an embedding', () => {
    expect(judgePhoto({ readable: true, measures: good, limits, embedding: null })).toEqual({
      ok: false,
      problems: ['photo_no_face'],
    });
  });
  it('passes a good photo with its embedding', () => {
    expect(judgePhoto({ readable: true, measures: good, limits, embedding })).toMatchObject({
      ok: true,
      embedding,
    });
  });
});

describe('checkDecider', () => {
  it('refuses the requester', () => {
    expect(checkDecider({ status: 'pending', requestedBy: 'a' }, 'a')).toEqual({
      ok: false,
      error: 'four_eyes_required',
    });
  });
  it('refuses a decided request', () => {
    expect(checkDecider({ status: 'approved', requestedBy: 'a' }, 'b')).toEqual({
      ok: false,
      error: 'not_pending',
    });
  });
  it('admits a second member of staff', () => {
    expect(checkDecider({ status: 'pending', requestedBy: 'a' }, 'b').ok).toBe(true);
  });
});

describe('validateReason', () => {
  it('needs 4 to 200 characters', () => {
    expect(validateReason('  旧照  ')).toEqual({ ok: false, error: 'field_required' });
    expect(validateReason('照片过旧无法比对')).toEqual({ ok: true, value: '照片过旧无法比对' });
    expect(validateReason('x'.repeat(201))).toEqual({ ok: false, error: 'field_too_long' });
  });
});
