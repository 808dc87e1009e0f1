import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
  campaignStatus,
  homeVisitFee,
  isInServiceArea,
  shanghaiDayStart,
  validatePensioner,
} from '@lifecert/core';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './load-profile.ts';
import { campaignRulesFor, homeVisitFeeRuleOf, pensionerRulesFor } from './profile-rules.ts';

// A made-up city drives the same code: whatever differs from Luoyang must come from the file.
const lanting = await loadProfile(
  fileURLToPath(new URL('./test-fixtures/lanting-test.json', import.meta.url)),
);
const luoyang = await loadProfile();

const row = {
  idNumber: '11010519491231002X',
  name: '赵六',
  category: 'institution_retiree',
  scheme: 'public_institution',
  districtCode: '999901',
  payingBankCode: 'lanting-rcb',
  bankAccountRef: 'R-1',
  benefitsStart: '2009-01-01',
  residence: 'local',
};

describe('a second jurisdiction profile', () => {
  it('validates registry rows against its own districts and banks', () => {
    expect(validatePensioner(row, pensionerRulesFor(lanting)).ok).toBe(true);
    expect(validatePensioner(row, pensionerRulesFor(luoyang))).toMatchObject({
      ok: false,
      error: [
        { code: 'value_not_allowed', field: 'districtCode' },
        { code: 'value_not_allowed', field: 'payingBankCode' },
      ],
    });
  });

  it('runs its own campaign window, covered schemes and exemption rule', () => {
    const rules = campaignRulesFor(lanting, 2030);
    const person = {
      scheme: 'public_institution' as const,
      benefitStatus: 'active' as const,
      benefitsStartMs: shanghaiDayStart('2030-01-15'),
    };
    const june1 = shanghaiDayStart('2030-06-01');
    expect(campaignStatus(person, rules, [], shanghaiDayStart('2030-05-31')).status).toBe(
      'pending',
    );
    expect(campaignStatus(person, rules, [], june1).status).toBe('overdue');
    const autumn = [{ certifiedAtMs: shanghaiDayStart('2029-10-02'), method: 'face' as const }];
    expect(campaignStatus(person, rules, autumn, june1).status).toBe('exempt');
    expect(campaignStatus({ ...person, scheme: 'enterprise_employee' }, rules, [], june1)).toEqual({
      status: 'not_eligible',
      reason: 'scheme_not_covered',
    });
    // The same person under Luoyang's rules: benefits began after Luoyang's cut-off.
    expect(campaignStatus(person, campaignRulesFor(luoyang, 2030), [], june1).status).toBe(
      'not_eligible',
    );
  });

  it('charges its own home-visit fees within its own service area', () => {
    const rule = homeVisitFeeRuleOf(lanting);
    expect(homeVisitFee(rule, 4)).toMatchObject({ ok: true, value: { totalFen: 12_000 } });
    expect(homeVisitFee(rule, 5)).toMatchObject({ ok: true, value: { totalFen: 12_000 } });
    expect(isInServiceArea(lanting.homeVisit.serviceArea, '999901')).toBe(true);
    expect(isInServiceArea(lanting.homeVisit.serviceArea, '999902')).toBe(false);
  });
});

describe('no Luoyang fact in code', () => {
  it('keeps city names, region codes and windows out of core and config sources', async () => {
    const roots = ['../../core/src', '.'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
    const offenders: string[] = [];
    for (const root of roots) {
      for (const entry of await readdir(root, { recursive: true })) {
        if (!entry.endsWith('.ts') || entry.endsWith('.test.ts') || entry.includes('test-fixtures'))
          continue;
        const text = (await readFile(join(root, entry), 'utf8')).replace(
          'profiles/luoyang-2018.json',
          '',
        );
        if (/洛阳|luoyang|4103\d\d|\bC05\b|\bB09\b|2500|07-01|10-31/i.test(text))
          offenders.push(entry);
      }
    }
    expect(offenders).toEqual([]);
  });
});
