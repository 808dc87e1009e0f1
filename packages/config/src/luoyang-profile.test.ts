import { homeVisitFee } from '@lifecert/core';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './load-profile.ts';
import {
  acceptedOverseasDocuments,
  campaignDatesFor,
  homeVisitFeeRuleOf,
} from './profile-rules.ts';
import { profileOrganisations } from './profile-organisations.ts';

const profile = await loadProfile();

/** Every {zh-CN, en} pair anywhere in the profile. */
const localizedTexts = (value: unknown): Array<Record<string, unknown>> => {
  if (Array.isArray(value)) return value.flatMap(localizedTexts);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('zh-CN' in record) return [record];
  return Object.values(record).flatMap(localizedTexts);
};

describe('the shipped Luoyang 2018 profile', () => {
  it('holds the reference process facts', () => {
    expect(profile.city).toMatchObject({ code: '410300', name: { 'zh-CN': '洛阳市' } });
    expect(profile.districts.map((d) => d.name['zh-CN'])).toEqual(
      expect.arrayContaining(['涧西区', '洛龙区', '瀍河回族区', '偃师市', '孟津县', '栾川县']),
    );
    expect(profile.districts).toHaveLength(15);
    const centre = profile.agencies.find((a) => a.level === 'city')!;
    expect(centre.counters.map((c) => c.code)).toEqual([
      'C05',
      'C06',
      'C07',
      'C08',
      'C09',
      'C10',
      'C11',
      'C12',
      'C13',
      'C14',
      'B09',
    ]);
    expect(centre.counters.find((c) => c.code === 'B09')!.services).toEqual(['data_correction']);
    expect(profile.payingBanks.map((b) => b.shortName['zh-CN'])).toEqual([
      '工行洛阳分行',
      '中行洛阳分行',
      '建行洛阳分行',
      '交行洛阳分行',
      '洛阳银行',
    ]);
    expect(profile.reviewSection).toMatchObject({
      postalAddress: { 'zh-CN': '河南省洛阳市洛龙区开元大道240号' },
      postcode: '471000',
    });
    expect(profile.homeVisit.courier.name.en).toBe('EMS Luoyang');
    expect(profile.homeVisit.serviceArea).toHaveLength(15);
    expect(profile.selfService.attemptLimit).toBe(10);
  });

  it('gives every displayed name in Chinese and English', () => {
    const texts = localizedTexts(profile);
    expect(texts.length).toBeGreaterThan(80);
    for (const text of texts) {
      expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('yields the 2018 campaign and the home-visit fees of the article', () => {
    expect(campaignDatesFor(profile.campaign, 2018)).toEqual({
      year: 2018,
      windowStart: '2018-07-01',
      windowEnd: '2018-10-31',
      cutoff: '2017-12-31',
      exemptionDate: '2018-01-01',
    });
    const rule = homeVisitFeeRuleOf(profile);
    expect(homeVisitFee(rule, 2)).toMatchObject({ ok: true, value: { totalFen: 5000 } });
    expect(homeVisitFee(rule, 3)).toMatchObject({ ok: true, value: { totalFen: 6000 } });
  });

  it('accepts the documents the article lists for each place abroad', () => {
    const codes = (region: string) => acceptedOverseasDocuments(profile, region).map((d) => d.code);
    expect(codes('US')).toEqual(['embassy-entitlement-certificate']);
    expect(codes('VA')).toEqual(['chinese-body-life-certificate', 'local-notary-life-certificate']);
    expect(codes('HK')).toEqual(['hk-trade-union-life-certificate']);
    expect(codes('MO')).toEqual([
      'mo-trade-union-life-certificate',
      'mo-civic-bureau-life-certificate',
    ]);
    expect(codes('TW')).toEqual(['tw-notary-life-certificate']);
  });

  it('lists its organisations parent first, with counters under their agency', () => {
    const orgs = profileOrganisations(profile);
    const codes = orgs.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
    orgs.forEach((org, i) => {
      if (org.parentCode !== null) expect(codes.indexOf(org.parentCode)).toBeLessThan(i);
    });
    expect(orgs.filter((o) => o.kind === 'counter')).toHaveLength(11);
    expect(orgs.filter((o) => o.kind === 'bank_branch')).toHaveLength(5);
    expect(orgs.filter((o) => o.kind === 'courier')).toHaveLength(1);
  });
});
