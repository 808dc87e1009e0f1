import { describe, expect, it } from 'vitest';
import { shanghaiDayEnd, shanghaiDayStart } from '../shanghai-time.ts';
import { dueSteps, reminderPlan } from './reminder-plan.ts';

const dates = {
  year: 2018,
  windowStart: '2018-07-01',
  windowEnd: '2018-10-31',
  cutoff: '2017-12-31',
  exemptionDate: '2018-01-01',
};

describe('reminder plan', () => {
  it('plans the start and the chosen days before the deadline, in date order', () => {
    expect(reminderPlan(dates, { atStart: true, daysBefore: [7, 30] })).toEqual([
      { key: 'start', sendOn: '2018-07-01' },
      { key: 'before-30', sendOn: '2018-10-01' },
      { key: 'before-7', sendOn: '2018-10-24' },
    ]);
  });

  it('drops steps before the window and collapses steps on the same day', () => {
    expect(reminderPlan(dates, { atStart: true, daysBefore: [200, 122] })).toEqual([
      { key: 'start', sendOn: '2018-07-01' },
    ]);
  });

  it('refuses negative offsets', () => {
    expect(() => reminderPlan(dates, { atStart: false, daysBefore: [-1] })).toThrow(RangeError);
  });

  it('finds the steps whose Shanghai day has come', () => {
    const steps = reminderPlan(dates, { atStart: true, daysBefore: [30] });
    expect(dueSteps(steps, shanghaiDayStart('2018-06-30'))).toEqual([]);
    expect(dueSteps(steps, shanghaiDayStart('2018-07-01')).map((s) => s.key)).toEqual(['start']);
    expect(dueSteps(steps, shanghaiDayEnd('2018-10-01'))).toHaveLength(2);
  });
});
