import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignRules, type CampaignDates } from './campaign.ts';
import { campaignStatus, type StatusCertification, type StatusPerson } from './campaign-status.ts';
import { INSURANCE_SCHEMES, type InsuranceScheme } from './pensioner.ts';
import { DAY_MS, formatShanghai, shanghaiDate, shanghaiDayStart } from './shanghai-time.ts';

const LUOYANG_2018: CampaignDates = {
  year: 2018,
  windowStart: '2018-07-01',
  windowEnd: '2018-10-31',
  cutoff: '2017-12-31',
  exemptionDate: '2018-01-01',
};
const rules2018 = campaignRules(LUOYANG_2018);
const at = (iso: string) => Date.parse(iso);
const activeRetiree: StatusPerson = {
  scheme: 'enterprise_employee',
  benefitStatus: 'active',
  benefitsStartMs: shanghaiDayStart('2010-05-01'),
};

describe('campaignStatus, the reference campaign', () => {
  it('walks a person who never certifies from pending to overdue at the Shanghai deadline', () => {
    expect(campaignStatus(activeRetiree, rules2018, [], at('2018-06-30T12:00:00+08:00'))).toEqual({
      status: 'pending',
      reason: 'window_not_started',
    });
    expect(campaignStatus(activeRetiree, rules2018, [], at('2018-07-01T00:00:00+08:00'))).toEqual({
      status: 'pending',
      reason: 'awaiting_certification',
    });
    const lastMoment = at('2018-10-31T23:59:59.999+08:00');
    expect(rules2018.deadlineMs).toBe(lastMoment);
    expect(campaignStatus(activeRetiree, rules2018, [], lastMoment).status).toBe('pending');
    expect(campaignStatus(activeRetiree, rules2018, [], lastMoment + 1)).toEqual({
      status: 'overdue',
      reason: 'deadline_passed',
    });
    // 16:00 UTC on 31 October is already 1 November in Shanghai.
    expect(campaignStatus(activeRetiree, rules2018, [], at('2018-10-31T16:00:00Z')).status).toBe(
      'overdue',
    );
  });

  it('applies the cut-off date inclusively and the exemption only to face certifications', () => {
    const onCutoff = { ...activeRetiree, benefitsStartMs: shanghaiDayStart('2017-12-31') };
    const afterCutoff = { ...activeRetiree, benefitsStartMs: shanghaiDayStart('2018-01-01') };
    const now = at('2018-08-01T10:00:00+08:00');
    expect(campaignStatus(onCutoff, rules2018, [], now).status).toBe('pending');
    expect(campaignStatus(afterCutoff, rules2018, [], now)).toEqual({
      status: 'not_eligible',
      reason: 'benefits_started_after_cutoff',
    });
    const march = at('2018-03-15T09:00:00+08:00');
    expect(
      campaignStatus(activeRetiree, rules2018, [{ certifiedAtMs: march, method: 'face' }], now),
    ).toEqual({ status: 'exempt', reason: 'face_certified_since_exemption_date' });
    expect(
      campaignStatus(activeRetiree, rules2018, [{ certifiedAtMs: march, method: 'form' }], now)
        .status,
    ).toBe('pending');
    const lastYear = at('2017-12-31T23:00:00+08:00');
    expect(
      campaignStatus(activeRetiree, rules2018, [{ certifiedAtMs: lastYear, method: 'face' }], now)
        .status,
    ).toBe('pending');
  });

  it('reports suspended, terminated and uncovered people with their reason', () => {
    const now = at('2018-11-05T10:00:00+08:00');
    expect(
      campaignStatus({ ...activeRetiree, benefitStatus: 'suspended' }, rules2018, [], now),
    ).toEqual({ status: 'suspended', reason: 'benefits_suspended' });
    expect(
      campaignStatus({ ...activeRetiree, benefitStatus: 'terminated' }, rules2018, [], now),
    ).toEqual({ status: 'not_eligible', reason: 'benefits_terminated' });
    const enterpriseOnly = campaignRules(LUOYANG_2018, ['enterprise_employee']);
    expect(
      campaignStatus({ ...activeRetiree, scheme: 'public_institution' }, enterpriseOnly, [], now),
    ).toEqual({ status: 'not_eligible', reason: 'scheme_not_covered' });
    expect(campaignStatus({ ...activeRetiree, benefitsStartMs: null }, rules2018, [], now)).toEqual(
      { status: 'not_eligible', reason: 'no_benefits_start' },
    );
  });
});

// Random campaigns around arbitrary years, people around the cut-off, instants around the window.
const campaignArb = fc
  .record({
    start: fc.integer({ min: shanghaiDayStart('2015-01-01'), max: shanghaiDayStart('2035-01-01') }),
    length: fc.integer({ min: 0, max: 200 }),
    cutoffBefore: fc.integer({ min: -30, max: 400 }),
    exemptionBefore: fc.integer({ min: 0, max: 365 }),
  })
  .map(({ start, length, cutoffBefore, exemptionBefore }): CampaignDates => {
    const windowStart = shanghaiDate(start);
    const startMs = shanghaiDayStart(windowStart);
    return {
      year: Number(windowStart.slice(0, 4)),
      windowStart,
      windowEnd: shanghaiDate(startMs + length * DAY_MS),
      cutoff: shanghaiDate(startMs - cutoffBefore * DAY_MS),
      exemptionDate: shanghaiDate(startMs - exemptionBefore * DAY_MS),
    };
  });

const scenarioArb = campaignArb.chain((dates) => {
  const rules = campaignRules(dates);
  const span = (before: number, after: number) =>
    fc.integer({
      min: rules.windowStartMs - before * DAY_MS,
      max: rules.deadlineMs + after * DAY_MS,
    });
  return fc.record({
    dates: fc.constant(dates),
    covered: fc.subarray([...INSURANCE_SCHEMES] as InsuranceScheme[], { minLength: 1 }),
    person: fc.record({
      scheme: fc.constantFrom(...INSURANCE_SCHEMES),
      benefitStatus: fc.constantFrom(
        'active' as const,
        'suspended' as const,
        'terminated' as const,
      ),
      benefitsStartMs: fc.option(span(800, 30), { nil: null }),
    }),
    certifications: fc.array(
      fc.record({
        certifiedAtMs: span(400, 60),
        method: fc.constantFrom(
          'face' as const,
          'id_check' as const,
          'document' as const,
          'form' as const,
        ),
      }),
      { maxLength: 4 },
    ),
    now: span(60, 60),
  });
});

const hasQualifying = (
  certs: readonly StatusCertification[],
  rules: ReturnType<typeof campaignRules>,
  now: number,
) =>
  certs.some(
    (c) =>
      c.certifiedAtMs <= now &&
      (c.certifiedAtMs >= rules.windowStartMs ||
        (c.method === 'face' && c.certifiedAtMs >= rules.exemptionStartMs)),
  );

describe('campaignStatus properties', () => {
  it('certified or exempt people are never overdue, pending or suspended', () => {
    fc.assert(
      fc.property(scenarioArb, ({ dates, covered, person, certifications, now }) => {
        const rules = campaignRules(dates, covered);
        fc.pre(hasQualifying(certifications, rules, now));
        const { status } = campaignStatus(person, rules, certifications, now);
        expect(['certified', 'exempt', 'not_eligible']).toContain(status);
      }),
    );
  });

  it('people outside the rule are never pending or overdue, whatever they did', () => {
    fc.assert(
      fc.property(scenarioArb, ({ dates, covered, person, certifications, now }) => {
        const rules = campaignRules(dates, covered);
        const outside =
          !covered.includes(person.scheme) ||
          person.benefitStatus === 'terminated' ||
          person.benefitsStartMs === null ||
          person.benefitsStartMs > rules.cutoffEndMs;
        expect(campaignStatus(person, rules, certifications, now).status === 'not_eligible').toBe(
          outside,
        );
      }),
    );
  });

  it('overdue happens only after the deadline, and then to every unexcused active person', () => {
    fc.assert(
      fc.property(scenarioArb, ({ dates, covered, person, certifications, now }) => {
        const rules = campaignRules(dates, covered);
        const { status } = campaignStatus(person, rules, certifications, now);
        if (status === 'overdue') expect(now).toBeGreaterThan(rules.deadlineMs);
        if (status === 'pending') expect(now).toBeLessThanOrEqual(rules.deadlineMs);
        if (status === 'suspended') expect(person.benefitStatus).toBe('suspended');
      }),
    );
  });

  it('certifications after "now" change nothing, and a new one in the window certifies', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 10 * DAY_MS }), (s, later) => {
        const rules = campaignRules(s.dates, s.covered);
        const before = campaignStatus(s.person, rules, s.certifications, s.now);
        const future = [
          ...s.certifications,
          { certifiedAtMs: s.now + later, method: 'face' as const },
        ];
        expect(campaignStatus(s.person, rules, future, s.now)).toBe(before);
        if (before.status !== 'not_eligible' && s.now >= rules.windowStartMs) {
          const certified = [
            ...s.certifications,
            { certifiedAtMs: s.now, method: 'id_check' as const },
          ];
          expect(campaignStatus(s.person, rules, certified, s.now).status).toBe('certified');
        }
      }),
    );
  });

  it('the deadline is 23:59:59.999 Shanghai time on the last day of the window', () => {
    fc.assert(
      fc.property(campaignArb, (dates) => {
        expect(formatShanghai(campaignRules(dates).deadlineMs)).toBe(
          `${dates.windowEnd}T23:59:59.999+08:00`,
        );
      }),
    );
  });

  it('runs over a million people well inside the ten-second budget', () => {
    const people: StatusPerson[] = Array.from({ length: 1000 }, (_, i) => ({
      scheme: INSURANCE_SCHEMES[i % 2]!,
      benefitStatus: i % 17 === 0 ? 'suspended' : 'active',
      benefitsStartMs: shanghaiDayStart('2000-01-01') + i * DAY_MS * 7,
    }));
    const certs: StatusCertification[][] = people.map((_, i) =>
      i % 3 === 0 ? [{ certifiedAtMs: rules2018.windowStartMs + i * 60_000, method: 'face' }] : [],
    );
    const now = at('2018-09-01T12:00:00+08:00');
    const started = performance.now();
    let certified = 0;
    for (let n = 0; n < 1_000_000; n++) {
      const i = n % 1000;
      if (campaignStatus(people[i]!, rules2018, certs[i]!, now).status === 'certified') certified++;
    }
    const elapsed = performance.now() - started;
    expect(certified).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(3000);
  });
});
