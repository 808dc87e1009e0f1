import { describe, expect, it } from 'vitest';
import { RIGHT_EYE } from './face-regions.ts';
import type { HeadModel } from './head-model.ts';
import { lidLift } from './pose-head.ts';

/** A photo whose rows above `split` have luma `above` and the rest `below`. */
function photo(split: number, above: number, below: number) {
  const width = 100;
  const height = 100;
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    data.fill(y < split ? above : below, y * width * 3, (y + 1) * width * 3);
  return { data, width, height, channels: 3 as const };
}

/** Just what lidLift reads: the right eye's lids and crease at rows 50, 60 and 40. */
function head(texture: HeadModel['texture']): HeadModel {
  const uv = new Float32Array(468 * 2);
  const place = (ids: readonly number[], y: number) =>
    ids.forEach((i, k) => uv.set([30 + 5 * k, y], i * 2));
  place(RIGHT_EYE.upper, 50);
  place(RIGHT_EYE.lower, 60);
  place(RIGHT_EYE.crease, 40);
  return { uv, texture } as unknown as HeadModel;
}

describe('lidLift', () => {
  it('lightens a lid drawn from a dark brow towards the skin under the eye, up to twice', () => {
    expect(lidLift(head(photo(55, 60, 90)), RIGHT_EYE)).toBeCloseTo(1.5);
    expect(lidLift(head(photo(55, 30, 160)), RIGHT_EYE)).toBe(2);
  });
  it('leaves a lid as light as the skin under the eye, or lighter, as it is', () => {
    expect(lidLift(head(photo(55, 120, 120)), RIGHT_EYE)).toBe(1);
    expect(lidLift(head(photo(55, 160, 100)), RIGHT_EYE)).toBe(1);
  });
});
