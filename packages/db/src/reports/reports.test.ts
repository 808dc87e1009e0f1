import {
  buildProgressReport,
  campaignRules,
  campaignStatus,
  type CampaignRules,
  type StatusCertification,
} from '@lifecert/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaign } from '../campaigns-repo.ts';
import { recordCertification } from '../certifications-repo.ts';
import { importPensioners } from '../import-pensioners.ts';
import { searchPensioners } from '../pensioners-repo.ts';
import type { Campaign } from '../schema.ts';
import { campaignStatusInputs } from '../status-query.ts';
import { syntheticPensioners } from '../synthetic-pensioners.ts';
import { createTestDb, type TestDb } from '../test-db.ts';
import { campaignPeopleCtes, type ReportCampaign } from './campaign-people.ts';
import { pendingPeople } from './pending-query.ts';
import { campaignProgressCells } from './progress-query.ts';
import {
  REPORT_DISTRICTS,
  REPORT_NOW_MS,
  seedReportWorld,
  type ReportWorld,
} from './test-report-world.ts';
import { referenceCampaign } from '../test-campaigns.ts';

const rulesOf = (c: Campaign): CampaignRules =>
  campaignRules({
    year: c.year,
    windowStart: c.window_start,
    windowEnd: c.window_end,
    cutoff: c.cutoff_date,
    exemptionDate: c.exemption_date,
  });
const reportCampaign = (c: Campaign): ReportCampaign => ({ id: c.id, cutoffDate: c.cutoff_date });

describe('report queries on a seeded campaign', () => {
  let t: TestDb;
  let w: ReportWorld;
  let rules: CampaignRules;
  beforeAll(async () => {
    t = await createTestDb();
    w = await seedReportWorld(t.db, { employerOrgId: undefined, bankCode: 'ICBC' });
    rules = rulesOf(w.campaign);
  });
  afterAll(async () => {
    await t?.close();
  });

  const report = async (
    scope: Parameters<typeof campaignProgressCells>[4],
    nowMs = REPORT_NOW_MS,
  ) => {
    const { cells, days } = await campaignProgressCells(
      t.db,
      reportCampaign(w.campaign),
      rules,
      nowMs,
      scope,
    );
    return buildProgressReport(cells, days);
  };

  it('counts every status, channel and Shanghai day exactly', async () => {
    const r = await report({ kind: 'all' });
    expect(r.overall).toEqual({
      total: 12,
      required: 10,
      certified: 5,
      exempt: 1,
      pending: 3,
      overdue: 0,
      suspended: 1,
      notEligible: 2,
      doneRate: 0.6,
      certifiedRate: 0.5,
    });
    const byDistrict = Object.fromEntries(r.byDistrict.map((d) => [d.key, d]));
    expect(byDistrict[REPORT_DISTRICTS.a]).toMatchObject({
      total: 7,
      required: 6,
      certified: 3,
      exempt: 1,
      pending: 1,
      suspended: 1,
      notEligible: 1,
    });
    expect(byDistrict[REPORT_DISTRICTS.b]).toMatchObject({
      total: 5,
      required: 4,
      certified: 2,
      pending: 2,
      notEligible: 1,
      doneRate: 0.5,
    });
    const byCategory = Object.fromEntries(r.byCategory.map((d) => [d.key, d.total]));
    expect(byCategory).toEqual({
      enterprise_retiree: 9,
      flexible_retiree: 1,
      enterprise_survivor: 1,
      institution_retiree: 1,
    });
    expect(Object.fromEntries(r.byResidence.map((d) => [d.key, d.total]))).toEqual({
      local: 10,
      elsewhere: 1,
      abroad: 1,
    });
    const byChannel = Object.fromEntries(r.byChannel.map((c) => [c.channel, c]));
    expect(byChannel.counter).toMatchObject({ total: 2, face: 0, idCheck: 2, share: 0.4 });
    expect(byChannel.self_service).toMatchObject({ total: 1, face: 1, idCheck: 0 });
    expect(byChannel.bank).toMatchObject({ total: 1, face: 1 });
    expect(byChannel.offsite_form).toMatchObject({ total: 1, paper: 1 });
    expect(r.byDay).toEqual([
      { day: '2018-07-05', total: 2, face: 1, idCheck: 1, paper: 0, cumulative: 2 },
      { day: '2018-07-06', total: 3, face: 1, idCheck: 1, paper: 1, cumulative: 5 },
    ]);
  });

  it('keeps a district clerk, an employer and a bank inside their scope', async () => {
    const a = await report({ kind: 'district', districtCode: REPORT_DISTRICTS.a });
    expect(a.overall.total).toBe(7);
    expect(a.byDistrict.map((d) => d.key)).toEqual([REPORT_DISTRICTS.a]);
    expect(a.byDay.map((d) => d.total)).toEqual([2, 1]);
    const bank = await report({ kind: 'bank', payingBankCode: 'ICBC' });
    expect(bank.overall).toMatchObject({ total: 5, certified: 2 });
    expect((await report({ kind: 'employer', employerOrgId: w.ids.aFace! })).overall.total).toBe(0);
    expect((await report({ kind: 'none' })).overall.total).toBe(0);
    expect((await report({ kind: 'booked_visits', courierOrgId: 'x' })).overall.total).toBe(0);
  });

  it('gives the same answer inside a transaction of the caller', async () => {
    const inside = await t.db.transaction().execute((trx) =>
      campaignProgressCells(trx, reportCampaign(w.campaign), rules, REPORT_NOW_MS, {
        kind: 'all',
      }),
    );
    const outside = await campaignProgressCells(
      t.db,
      reportCampaign(w.campaign),
      rules,
      REPORT_NOW_MS,
      { kind: 'all' },
    );
    const key = (c: object) => JSON.stringify(c);
    expect(inside.cells.map(key).sort()).toEqual(outside.cells.map(key).sort());
  });

  it('turns pending into overdue after the deadline', async () => {
    const r = await report({ kind: 'all' }, Date.parse('2018-11-15T00:00:00+08:00'));
    // bFuture certified on 2 August: certified by then.
    expect(r.overall).toMatchObject({ certified: 6, pending: 0, overdue: 2 });
  });

  it('lists the people still pending, filtered and paginated, with the total', async () => {
    const list = (
      q: Partial<Parameters<typeof pendingPeople>[5]> = {},
      scope = { kind: 'all' } as const,
    ) =>
      pendingPeople(t.db, reportCampaign(w.campaign), rules, REPORT_NOW_MS, scope, {
        limit: 50,
        offset: 0,
        ...q,
      });
    const all = await list();
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.pensionerId)).toEqual([
      w.ids.aPending,
      w.ids.bPending,
      w.ids.bFuture,
    ]);
    expect(all.rows[0]).toMatchObject({
      status: 'pending',
      mobile: '13812345678',
      contactName: '子女甲',
      address: '测试路1号',
      districtCode: REPORT_DISTRICTS.a,
    });
    const page2 = await list({ limit: 2, offset: 2 });
    expect([page2.total, page2.rows.map((r) => r.pensionerId)]).toEqual([3, [w.ids.bFuture]]);
    expect(await list({ limit: 2, offset: 10 })).toEqual({ total: 3, rows: [] });
    const survivors = await list({ category: 'enterprise_survivor' });
    expect(survivors.rows.map((r) => r.pensionerId)).toEqual([w.ids.bPending]);
    expect(
      (await list({ residence: 'abroad', statuses: ['suspended'] })).rows.map((r) => r.pensionerId),
    ).toEqual([w.ids.aSuspended]);
    expect((await list({ districtCode: REPORT_DISTRICTS.b })).total).toBe(2);
    const scoped = await pendingPeople(
      t.db,
      reportCampaign(w.campaign),
      rules,
      REPORT_NOW_MS,
      { kind: 'district', districtCode: REPORT_DISTRICTS.a },
      { limit: 50, offset: 0, districtCode: REPORT_DISTRICTS.b },
    );
    expect(scoped).toEqual({ total: 0, rows: [] });
  });
});

describe('the SQL status agrees with core campaignStatus', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('person by person, at instants before, during and after the window', async () => {
    await importPensioners(t.db, [...syntheticPensioners(240)], {
      actor: { kind: 'system', id: 'test' },
    });
    const ids = (await searchPensioners(t.db, { limit: 500 })).map((p) => p.id);
    const campaign = (year: number) => createCampaign(t.db, referenceCampaign(year));
    const c2017 = await campaign(2017);
    const c2018 = await campaign(2018);
    // Certifications on a fixed pattern that reaches each branch of the rule: this campaign's
    // in and before the window, last year's, face and not, just around the exemption date.
    const stamps = [
      '2017-12-31T15:59:59.999Z',
      '2017-12-31T16:00:00Z',
      '2018-03-01T02:00:00Z',
      '2018-06-30T15:59:59.999Z',
      '2018-06-30T16:00:00Z',
      '2018-08-10T02:00:00Z',
      '2018-10-31T15:59:59.999Z',
      '2018-11-02T02:00:00Z',
    ];
    let n = 0;
    for (let i = 0; i < ids.length; i++) {
      if (i % 7 === 6) continue;
      const face = i % 3 !== 0;
      await recordCertification(t.db, {
        pensioner_id: ids[i]!,
        campaign_id: i % 5 === 0 ? c2017.id : c2018.id,
        channel: face ? 'self_service' : 'counter',
        method: face ? 'face' : 'id_check',
        certified_at: stamps[i % stamps.length]!,
        certificate_no: `E${n++}`,
      });
    }
    const rules = rulesOf(c2018);
    for (const now of ['2018-05-01T00:00:00Z', '2018-09-01T00:00:00Z', '2018-12-01T00:00:00Z']) {
      const nowMs = Date.parse(now);
      const expected = new Map<string, string>();
      // Every certification of each person, so the oracle sees what the rule specifies.
      const certs = await t.db.selectFrom('certifications').selectAll().execute();
      for await (const page of campaignStatusInputs(t.db, c2018)) {
        for (const p of page) {
          const mine: StatusCertification[] = certs
            .filter(
              (c) =>
                c.pensioner_id === p.pensionerId &&
                (c.campaign_id === c2018.id ||
                  (c.method === 'face' && c.certified_at.getTime() >= rules.exemptionStartMs)),
            )
            .map((c) => ({ certifiedAtMs: c.certified_at.getTime(), method: c.method }));
          const { status } = campaignStatus(
            {
              scheme: p.scheme,
              benefitStatus: p.benefitStatus,
              benefitsStartMs: p.benefitsStartMs,
            },
            rules,
            mine,
            nowMs,
          );
          expected.set(p.pensionerId, status);
        }
      }
      const { rows } = await sql<{ id: string; status: string }>`
        with ${campaignPeopleCtes(reportCampaign(c2018), rules, nowMs, { kind: 'all' })}
        select id, status from people`.execute(t.db);
      expect(rows).toHaveLength(240);
      expect(new Map(rows.map((r) => [r.id, r.status]))).toEqual(expected);
      // The pattern reaches the statuses that matter at each instant.
      expect(new Set(expected.values()).size).toBeGreaterThanOrEqual(4);
    }
  });
});
