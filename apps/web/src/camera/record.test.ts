import { describe, expect, it } from 'vitest';
import { distinct } from './record.ts';

describe('distinct frames', () => {
  it('drops failed encodings and pictures repeated back to back', () => {
    const f = (t: number, jpeg: string) => ({ t, step: 0, jpeg });
    expect(distinct([f(0, 'a'), null, f(100, 'a'), f(200, 'b'), f(300, 'a')])).toEqual([
      f(0, 'a'),
      f(200, 'b'),
      f(300, 'a'),
    ]);
  });
});
