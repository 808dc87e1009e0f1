import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaign } from './campaigns-repo.ts';
import { recordCertification } from './certifications-repo.ts';
import { importPensioners } from './import-pensioners.ts';
import { searchPensioners } from './pensioners-repo.ts';
import type { Campaign } from './schema.ts';
import { campaignStatusInputs, shanghaiDayStartMs, type StatusInput } from './status-query.ts';
import { syntheticPensioners } from './synthetic-pensioners.ts';
import { createTestDb, type TestDb } from './test-db.ts';
import { referenceCampaign } from './test-campaigns.ts';

const collect = async (t: TestDb, c: Campaign, pageSize: number) => {
  const pages: StatusInput[][] = [];
  for await (const page of campaignStatusInputs(t.db, c, { pageSize })) pages.push(page);
  return pages;
};

describe('campaignStatusInputs', () => {
  let t: TestDb;
  let c2017: Campaign;
  let c2018: Campaign;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestDb();
    await importPensioners(t.db, [...syntheticPensioners(23)], {
      actor: { kind: 'system', id: 'test' },
    });
    ids = (await searchPensioners(t.db, { limit: 100 })).map((p) => p.id);
    const campaign = (year: number) => createCampaign(t.db, referenceCampaign(year));
    c2017 = await campaign(2017);
    c2018 = await campaign(2018);
    let n = 0;
    const certify = (i: number, campaign: Campaign, at: string, face: boolean) =>
      recordCertification(t.db, {
        pensioner_id: ids[i]!,
        campaign_id: campaign.id,
        channel: face ? 'self_service' : 'counter',
        method: face ? 'face' : 'id_check',
        certified_at: at,
        certificate_no: `N${n++}`,
        match_score: face ? 0.8 : null,
      });
    // 0: two certifications in 2018, the later one wins.
    await certify(0, c2018, '2018-07-05T01:00:00Z', false);
    await certify(0, c2018, '2018-08-05T01:00:00Z', true);
    // 1: face in 2017's campaign, but after 2018's exemption date (Shanghai midnight).
    await certify(1, c2017, '2017-12-31T16:00:00Z', true);
    // 2: face just before the exemption date starts in Shanghai: not an exemption.
    await certify(2, c2017, '2017-12-31T15:59:59.999Z', true);
    // 3: certified at a counter in 2017 only.
    await certify(3, c2017, '2017-09-01T01:00:00Z', false);
  });
  afterAll(async () => {
    await t.close();
  });

  it('yields every pensioner once, in id order, across pages', async () => {
    const pages = await collect(t, c2018, 5);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);
    expect(pages.flat().map((r) => r.pensionerId)).toEqual([...ids].sort());
    // An exact multiple of the page size ends without an empty page.
    expect((await collect(t, c2018, 23)).map((p) => p.length)).toEqual([23]);
  });

  it('reports the latest certification of the campaign and face certifications since exemption', async () => {
    const rows = new Map((await collect(t, c2018, 10)).flat().map((r) => [r.pensionerId, r]));
    expect(rows.get(ids[0]!)).toMatchObject({
      certifiedAtMs: Date.parse('2018-08-05T01:00:00Z'),
      certifiedChannel: 'self_service',
      certifiedMethod: 'face',
      lastFaceAtMs: Date.parse('2018-08-05T01:00:00Z'),
    });
    expect(rows.get(ids[1]!)).toMatchObject({
      certifiedAtMs: null,
      certifiedChannel: null,
      lastFaceAtMs: Date.parse('2017-12-31T16:00:00Z'),
    });
    expect(rows.get(ids[2]!)).toMatchObject({ certifiedAtMs: null, lastFaceAtMs: null });
    expect(rows.get(ids[3]!)).toMatchObject({ certifiedAtMs: null, lastFaceAtMs: null });
    const in2017 = new Map((await collect(t, c2017, 10)).flat().map((r) => [r.pensionerId, r]));
    expect(in2017.get(ids[3]!)?.certifiedMethod).toBe('id_check');
  });

  it('gives the benefits start as a date string and as Shanghai midnight', async () => {
    for (const r of (await collect(t, c2018, 50)).flat()) {
      expect(r.benefitsStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.benefitsStartMs).toBe(shanghaiDayStartMs(r.benefitsStart));
      expect(r.benefitsStartMs).toBe(Date.parse(`${r.benefitsStart}T00:00:00+08:00`));
    }
  });
});
