import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatShanghai,
  parseShanghaiDate,
  shanghaiDate,
  shanghaiDayEnd,
} from './shanghai-time.ts';

describe('Shanghai time', () => {
  it('maps a calendar date to its Shanghai midnight and last millisecond', () => {
    expect(parseShanghaiDate('2018-07-01')).toBe(Date.parse('2018-06-30T16:00:00Z'));
    expect(shanghaiDayEnd('2018-10-31')).toBe(Date.parse('2018-10-31T15:59:59.999Z'));
    expect(formatShanghai(shanghaiDayEnd('2018-10-31'))).toBe('2018-10-31T23:59:59.999+08:00');
  });

  it('rejects dates that do not exist', () => {
    for (const bad of [
      '2018-02-29',
      '2018-13-01',
      '2018-04-31',
      '2018-7-1',
      '',
      '2018-07-01T00:00',
    ]) {
      expect(parseShanghaiDate(bad)).toBeNull();
    }
    expect(parseShanghaiDate('2016-02-29')).not.toBeNull();
  });

  it('round-trips every instant to the Shanghai date that contains it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1950-01-01'), max: Date.parse('2100-01-01') }),
        (ms) => {
          const date = shanghaiDate(ms);
          const start = parseShanghaiDate(date)!;
          expect(ms).toBeGreaterThanOrEqual(start);
          expect(ms).toBeLessThanOrEqual(shanghaiDayEnd(date));
        },
      ),
    );
  });
});
