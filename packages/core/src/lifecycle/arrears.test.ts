import { describe, expect, it } from 'vitest';
import { formatShanghai, shanghaiDayEnd, shanghaiDayStart } from '../shanghai-time.ts';
import { arrearsMonths, overpaymentAfterDeath } from './arrears.ts';
import { monthIndexAt, monthStart } from './month.ts';

describe('arrears', () => {
  it('pays back the months after the suspension month up to the certification month', () => {
    // Suspended 5 Nov 2018, certified 10 Feb 2019: Dec, Jan and Feb were withheld.
    expect(arrearsMonths(shanghaiDayStart('2018-11-05'), shanghaiDayStart('2019-02-10'))).toBe(3);
  });

  it('owes nothing when the person certifies in the month of the suspension', () => {
    expect(arrearsMonths(shanghaiDayStart('2018-11-05'), shanghaiDayEnd('2018-11-30'))).toBe(0);
  });

  it('counts Shanghai months, not UTC months', () => {
    // 1 Dec 00:30 in Shanghai is still 30 November in UTC.
    const justAfterMidnight = shanghaiDayStart('2018-12-01') + 30 * 60_000;
    expect(formatShanghai(justAfterMidnight)).toMatch(/^2018-12-01/);
    expect(arrearsMonths(shanghaiDayStart('2018-11-05'), justAfterMidnight)).toBe(1);
  });

  it('turns month indexes back into first days of months', () => {
    expect(monthStart(monthIndexAt(shanghaiDayStart('2019-01-31')))).toBe('2019-01-01');
  });
});

describe('overpayment after death', () => {
  it('flags each month paid after the month of death until the record arrived', () => {
    expect(
      overpaymentAfterDeath({
        dateOfDeath: '2018-08-20',
        recordedAtMs: shanghaiDayStart('2018-11-15'),
        suspendedAtMs: null,
      }),
    ).toEqual({ firstMonth: '2018-09-01', months: 3 });
  });

  it('stops counting at an earlier suspension, which already stopped payment', () => {
    expect(
      overpaymentAfterDeath({
        dateOfDeath: '2018-08-20',
        recordedAtMs: shanghaiDayStart('2019-03-01'),
        suspendedAtMs: shanghaiDayStart('2018-11-05'),
      }),
    ).toEqual({ firstMonth: '2018-09-01', months: 3 });
  });

  it('finds nothing when the death is recorded in its own month', () => {
    expect(
      overpaymentAfterDeath({
        dateOfDeath: '2018-08-20',
        recordedAtMs: shanghaiDayStart('2018-08-25'),
        suspendedAtMs: null,
      }),
    ).toBeNull();
  });
});
