import { describe, expect, it } from 'vitest';
import { campaignRules } from '../campaign.ts';
import { shanghaiDayEnd, shanghaiDayStart } from '../shanghai-time.ts';
import { closeoutDecision, type CloseoutFacts } from './closeout-decision.ts';
import { needsReminder } from './reminder-audience.ts';

const rules = campaignRules({
  year: 2018,
  windowStart: '2018-07-01',
  windowEnd: '2018-10-31',
  cutoff: '2017-12-31',
  exemptionDate: '2018-01-01',
});
const afterDeadline = shanghaiDayStart('2018-11-05');

const overdue: CloseoutFacts = {
  scheme: 'enterprise_employee',
  benefitStatus: 'active',
  benefitsStartMs: shanghaiDayStart('2010-03-01'),
  certifiedAtMs: null,
  certifiedMethod: null,
  lastFaceAtMs: null,
  openReviews: 0,
  deceased: false,
};

const decide = (change: Partial<CloseoutFacts>, at = afterDeadline) =>
  closeoutDecision({ ...overdue, ...change }, rules, at);

describe('close-out decision', () => {
  it('suspends someone who had to certify and did not', () => {
    expect(decide({})).toEqual({ suspend: true, reason: 'not_certified' });
  });

  it.each([
    ['self-service face', 'face'],
    ['a counter or bank id check', 'id_check'],
    ['an offsite form', 'form'],
    ['an overseas document', 'document'],
  ] as const)('keeps paying someone certified by %s', (_label, method) => {
    expect(
      decide({ certifiedAtMs: shanghaiDayStart('2018-09-01'), certifiedMethod: method }),
    ).toEqual({ suspend: false, reason: 'certified' });
  });

  it('counts a certification after the deadline but before the close-out', () => {
    expect(
      decide({ certifiedAtMs: shanghaiDayStart('2018-11-02'), certifiedMethod: 'id_check' }),
    ).toEqual({ suspend: false, reason: 'certified' });
  });

  it('ignores a certification dated after the close-out instant', () => {
    expect(
      decide({ certifiedAtMs: shanghaiDayStart('2018-11-06'), certifiedMethod: 'id_check' })
        .suspend,
    ).toBe(true);
  });

  it('keeps paying someone exempt by an earlier face certification', () => {
    expect(decide({ lastFaceAtMs: shanghaiDayStart('2018-03-01') })).toEqual({
      suspend: false,
      reason: 'exempt',
    });
    // A face certification before the exemption date does not exempt.
    expect(decide({ lastFaceAtMs: shanghaiDayStart('2017-12-01') }).suspend).toBe(true);
  });

  it('keeps paying someone whose proof awaits review', () => {
    expect(decide({ openReviews: 1 })).toEqual({ suspend: false, reason: 'pending_review' });
  });

  it('keeps paying someone whose benefits began after the cut-off', () => {
    expect(decide({ benefitsStartMs: shanghaiDayStart('2018-01-01') })).toEqual({
      suspend: false,
      reason: 'added_after_cutoff',
    });
  });

  it('never suspends twice, nor a terminated, uncovered or dead person', () => {
    expect(decide({ benefitStatus: 'suspended' }).reason).toBe('already_suspended');
    expect(decide({ benefitStatus: 'terminated' }).reason).toBe('not_eligible');
    expect(
      closeoutDecision(overdue, { ...rules, coveredSchemes: ['public_institution'] }, afterDeadline)
        .reason,
    ).toBe('not_eligible');
    expect(decide({ deceased: true }).reason).toBe('deceased');
  });

  it('suspends nobody before the deadline has passed', () => {
    expect(decide({}, shanghaiDayEnd('2018-10-31'))).toEqual({
      suspend: false,
      reason: 'deadline_not_passed',
    });
  });
});

describe('reminder audience', () => {
  const during = shanghaiDayStart('2018-10-01');
  const remind = (change: Partial<CloseoutFacts>, at = during) =>
    needsReminder({ ...overdue, ...change }, rules, at);

  it('reminds only people still awaiting certification in the window', () => {
    expect(remind({})).toBe(true);
    expect(remind({ certifiedAtMs: shanghaiDayStart('2018-08-01'), certifiedMethod: 'face' })).toBe(
      false,
    );
    expect(remind({ lastFaceAtMs: shanghaiDayStart('2018-03-01') })).toBe(false);
    expect(remind({ openReviews: 1 })).toBe(false);
    expect(remind({ benefitStatus: 'suspended' })).toBe(false);
    expect(remind({ deceased: true })).toBe(false);
    expect(remind({}, afterDeadline)).toBe(false);
  });
});
