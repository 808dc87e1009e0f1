import { describe, expect, it } from 'vitest';
import { campaignRules } from '../campaign.ts';
import { shanghaiDayEnd, shanghaiDayStart } from '../shanghai-time.ts';
import { canCommitBatches, checkCloseoutTime } from './batch-review.ts';
import { isCertificationAfterDeath } from './death-guard.ts';
import { benefitChangeNotice } from './status-notice.ts';

describe('death guard', () => {
  it('blocks certifications from the day after the death on, Shanghai time', () => {
    expect(isCertificationAfterDeath('2018-08-20', shanghaiDayEnd('2018-08-20'))).toBe(false);
    expect(isCertificationAfterDeath('2018-08-20', shanghaiDayStart('2018-08-21'))).toBe(true);
  });
});

describe('batch review', () => {
  it('lets only administrators commit', () => {
    expect(canCommitBatches('admin')).toBe(true);
    expect(canCommitBatches('reviewer')).toBe(false);
    expect(canCommitBatches('counter_clerk')).toBe(false);
  });

  it('refuses close-out until the deadline has passed', () => {
    const rules = campaignRules({
      year: 2018,
      windowStart: '2018-07-01',
      windowEnd: '2018-10-31',
      cutoff: '2017-12-31',
      exemptionDate: '2018-01-01',
    });
    expect(checkCloseoutTime(rules, shanghaiDayEnd('2018-10-31'))).toEqual({
      ok: false,
      error: { code: 'deadline_not_passed' },
    });
    expect(checkCloseoutTime(rules, shanghaiDayStart('2018-11-01')).ok).toBe(true);
  });
});

describe('status notice', () => {
  it('tells a suspended person why and that certifying restores payment', () => {
    const text = benefitChangeNotice({
      reason: 'not_certified',
      effectiveOn: '2018-12-01',
      campaignYear: 2018,
    });
    expect(text['zh-CN']).toContain('2018年度');
    expect(text['zh-CN']).toContain('恢复发放');
    expect(text.en).toContain('2018-12-01');
  });
});
