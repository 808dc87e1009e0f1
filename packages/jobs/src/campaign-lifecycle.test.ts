import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  benefitChangeNotice,
  checkFixedWidthTotals,
  checkNoticeCode,
  reminderPlan,
  shanghaiDayStart,
} from '@lifecert/core';
import {
  addCampaign2018,
  addStaff,
  batchBankFiles,
  certify,
  commitResumptionBatch,
  commitSuspensionBatch,
  createTestDb,
  guardCertificationAgainstDeath,
  importPensioners,
  latestBenefitChange,
  lifecycleCampaign,
  listFraudAlerts,
  listJobs,
  noticeCounts,
  noticeLookup,
  openPendingReview,
  recordDeaths,
  reminderSteps,
  resumptionDryRun,
  saveReminderPlan,
  suspensionDryRun,
  syntheticPensioner,
  verifyAuditChain,
  type LifecycleCampaign,
  type TestDb,
} from '@lifecert/db';
import { memorySms } from '@lifecert/sms';
import { lifecycleJobs, lifecycleSchedules } from './lifecycle-jobs.ts';
import { createJobRunner, type JobRunner } from './runner.ts';

// One 2018 campaign from import to death records, on a fake clock, with the real job runner,
// database and rules; only the SMS provider is an in-memory fake.

const at = (date: string, hour = 9) => shanghaiDayStart(date) + hour * 3_600_000;
const secret = 'campaign-test-notice-secret-0123456789';
const system = { kind: 'system' as const, id: 'test' };
const PEOPLE = 20;

describe('a whole campaign', () => {
  let t: TestDb;
  let now = at('2018-06-20');
  const clock = { now: () => now };
  const sms = memorySms();
  const pauses: number[] = [];
  let runner: JobRunner;
  let campaign: LifecycleCampaign;
  let admin: string;
  let p: string[] = [];
  let idNumbers: string[] = [];

  const sentTo = (ids: readonly string[]) => {
    const byMobile = new Set(ids.map((id) => mobileOf.get(id)));
    return sms.sent.filter((m) => byMobile.has(m.to)).length;
  };
  const mobileOf = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestDb();
    const rows = Array.from({ length: PEOPLE }, (_, i) => ({
      ...syntheticPensioner(i + 1),
      benefitStatus: 'active' as const,
      benefitsStart: i === 19 ? '2018-03-01' : '2010-01-01',
      mobile: i === 18 ? null : `139${String(i).padStart(8, '0')}`,
    }));
    idNumbers = rows.map((r) => r.idNumber);
    await importPensioners(t.db, rows, { actor: system, channel: 'test' });
    const { rows: ids } = await sql<{ id: string; id_number: string; mobile: string | null }>`
      select id, id_number, mobile from pensioners`.execute(t.db);
    const byNumber = new Map(ids.map((r) => [r.id_number, r]));
    p = idNumbers.map((n) => byNumber.get(n)!.id);
    for (const r of ids) if (r.mobile) mobileOf.set(r.id, r.mobile);
    // Monthly amounts come from the paying system; 3,000.00 CNY for everyone here.
    await sql`update pensioners set monthly_amount_fen = 300000`.execute(t.db);

    const row = await addCampaign2018(t.db);
    campaign = lifecycleCampaign(row);
    admin = await addStaff(t.db, 'admin');
    const dates = {
      year: 2018,
      windowStart: row.window_start,
      windowEnd: row.window_end,
      cutoff: row.cutoff_date,
      exemptionDate: row.exemption_date,
    };
    await saveReminderPlan(
      t.db,
      row.id,
      reminderPlan(dates, { atStart: true, daysBefore: [30, 7] }),
    );
    runner = createJobRunner({
      db: t.db,
      clock,
      workerId: 'test-worker',
      jobs: lifecycleJobs({
        noticeSecret: secret,
        sms,
        smsPerSecond: 10,
        newId: randomUUID,
        sleep: (ms) => {
          pauses.push(ms);
          return Promise.resolve();
        },
      }),
      schedules: lifecycleSchedules(),
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('sends nothing before the window opens', async () => {
    await runner.drain();
    expect(sms.sent).toHaveLength(0);
  });

  it('reminds everyone pending with a mobile at the start, paced, and never twice', async () => {
    now = at('2018-07-01');
    await runner.drain();
    // 20 people: one has no mobile, one began drawing benefits after the cut-off.
    expect(sms.sent).toHaveLength(18);
    // 10 a second: a 100 ms pause between consecutive messages.
    expect(pauses).toEqual(Array(17).fill(100));
    now += 3 * 3_600_000;
    await runner.drain();
    expect(sms.sent).toHaveLength(18);
    expect(sentTo([p[19]!])).toBe(0);
  });

  it('counts certifications from every channel and reminds only who is still pending', async () => {
    const channels = [
      ['self_service', 'face'],
      ['counter', 'id_check'],
      ['bank', 'id_check'],
      ['employer', 'id_check'],
      ['home_visit', 'face'],
      ['offsite_form', 'form'],
      ['overseas_document', 'document'],
    ] as const;
    for (const [i, [channel, method]] of channels.entries()) {
      await certify(t.db, {
        pensionerId: p[i]!,
        campaignId: campaign.id,
        atMs: at('2018-08-01'),
        channel,
        method,
      });
    }
    await openPendingReview(t.db, {
      pensionerId: p[7]!,
      campaignId: campaign.id,
      kind: 'offsite_form',
      openedAtMs: at('2018-09-20'),
    });
    await openPendingReview(t.db, {
      pensionerId: p[8]!,
      campaignId: campaign.id,
      kind: 'home_visit',
      openedAtMs: at('2018-09-25'),
    });

    now = at('2018-10-01');
    sms.failNext(2);
    await runner.drain();
    // p9..p17 are pending with a mobile; two sends failed and wait for their retry.
    expect(sms.sent).toHaveLength(18 + 7);
    expect(await noticeCounts(t.db, campaign.id)).toMatchObject({ queued: 2, sent: 25 });
    now += 10 * 60_000;
    await runner.drain();
    expect(sms.sent).toHaveLength(18 + 9);
    expect(sentTo(p.slice(0, 9))).toBe(9); // only their reminder at the start
    const last = sms.sent.at(-1)!;
    expect(last.text).toContain('10月31日');
  });

  it('lets a person check the code in a notice', async () => {
    const code = /核验码([2-9A-Z]{6})/.exec(sms.sent[0]!.text)![1]!;
    expect(await checkNoticeCode(code, { secret, notices: noticeLookup(t.db) })).toEqual({
      genuine: true,
      kind: 'reminder',
      campaignYear: 2018,
      sentOn: '2018-07-01',
    });
    expect(await checkNoticeCode('ABCDEF', { secret, notices: noticeLookup(t.db) })).toEqual({
      genuine: false,
    });
  });

  it('sends the last reminder a week before the deadline', async () => {
    await certify(t.db, { pensionerId: p[9]!, campaignId: campaign.id, atMs: at('2018-10-20') });
    now = at('2018-10-24');
    await runner.drain();
    expect(sms.sent).toHaveLength(27 + 8);
    expect((await reminderSteps(t.db, campaign.id)).map((s) => [s.key, s.notices])).toEqual([
      ['start', 18],
      ['before-30', 9],
      ['before-7', 8],
    ]);
  });

  it('closes out: dry run, administrator commit, one file pair per bank', async () => {
    now = at('2018-11-05');
    const batchId = randomUUID();
    const dry = await suspensionDryRun(t.db, campaign, { batchId, nowMs: now, actor: system });
    expect(dry).toMatchObject({
      ok: true,
      value: { toSuspend: 9, kept: { pending_review: 2, added_after_cutoff: 1 } },
    });
    now = at('2018-11-06');
    const committed = await commitSuspensionBatch(t.db, campaign, {
      batchId,
      nowMs: now,
      committedBy: admin,
    });
    expect(committed).toEqual({ ok: true, value: { suspended: 9, droppedAtCommit: {} } });
    const files = (await batchBankFiles(t.db, batchId))!;
    expect(files.reduce((s, f) => s + f.totals.records, 0)).toBe(9);
    expect(files.reduce((s, f) => s + f.totals.amountFen, 0)).toBe(9 * 300_000);
    for (const f of files) {
      const check = checkFixedWidthTotals(f.fixedWidth)!;
      expect(check.computed).toEqual(check.declared);
      expect(f.csv.split('\r\n').filter(Boolean)).toHaveLength(f.totals.records + 2);
    }
    const change = (await latestBenefitChange(t.db, p[10]!))!;
    expect(change).toEqual({
      reason: 'not_certified',
      effectiveOn: '2018-12-01',
      campaignYear: 2018,
    });
    expect(benefitChangeNotice(change)['zh-CN']).toContain('暂停发放');
    // No reminder reaches anyone after the deadline, but each suspended person with a mobile
    // (p10..p17; p18 has none) hears of the suspension once, with a code to check.
    now = at('2018-11-07');
    await runner.drain();
    const notices = sms.sent.slice(35);
    expect(notices).toHaveLength(8);
    expect(sentTo(p.slice(10, 18))).toBe(3 * 8 + 8); // three reminders each, then this
    for (const m of notices) expect(m.text).toContain('自12月1日起暂停发放');
    const code = /核验码([2-9A-Z]{6})/.exec(notices[0]!.text)![1]!;
    expect(await checkNoticeCode(code, { secret, notices: noticeLookup(t.db) })).toEqual({
      genuine: true,
      kind: 'suspension',
      campaignYear: 2018,
      sentOn: '2018-11-07',
    });
    now += 3 * 3_600_000;
    await runner.drain();
    expect(sms.sent).toHaveLength(43);
  });

  it('queues a late certifier for resumption with arrears, then resumes by batch', async () => {
    await certify(t.db, {
      pensionerId: p[10]!,
      campaignId: campaign.id,
      atMs: at('2019-01-10'),
      channel: 'bank',
    });
    now = at('2019-01-10', 12);
    await runner.drain();
    const { rows: queued } = await sql<{ pensioner_id: string; arrears_months: number }>`
      select pensioner_id, arrears_months from resumption_requests`.execute(t.db);
    // Suspended in November: December and January were withheld.
    expect(queued).toEqual([{ pensioner_id: p[10], arrears_months: 2 }]);
    now += 3_600_000;
    await runner.drain();
    expect(await sql`select 1 from resumption_requests`.execute(t.db)).toHaveProperty(
      'rows.length',
      1,
    );

    now = at('2019-01-15');
    const batchId = randomUUID();
    expect(await resumptionDryRun(t.db, campaign, { batchId, nowMs: now, actor: system })).toEqual({
      batchId,
      people: 1,
      arrearsFen: 600_000,
    });
    expect(
      await commitResumptionBatch(t.db, campaign, { batchId, nowMs: now, committedBy: admin }),
    ).toEqual({ ok: true, value: { resumed: 1, arrearsFen: 600_000 } });
    expect(await latestBenefitChange(t.db, p[10]!)).toMatchObject({
      reason: 'certified_late',
      effectiveOn: '2019-02-01',
    });
    const [file] = (await batchBankFiles(t.db, batchId))!;
    expect(file!.csv).toMatch(/^H,RESM,/);
    expect(file!.csv).toContain(',300000,2,600000\r\n');
    // The resumed person is told, once.
    now += 600_000;
    await runner.drain();
    await runner.drain();
    expect(sms.sent).toHaveLength(44);
    expect(sms.sent.at(-1)!.to).toBe(mobileOf.get(p[10]!));
    expect(sms.sent.at(-1)!.text).toContain('自2月1日起恢复发放');
  });

  it('records deaths: terminates, flags overpayments, raises fraud alerts, blocks certifying', async () => {
    now = at('2019-01-20');
    const report = await recordDeaths(
      t.db,
      [
        { idNumber: idNumbers[11]!, dateOfDeath: '2018-09-10' }, // suspended in November
        { idNumber: idNumbers[1]!, dateOfDeath: '2018-07-20' }, // "certified" on 1 August
        { idNumber: '110101190001011237', dateOfDeath: '2018-05-01' }, // not a pensioner
      ],
      { nowMs: now, source: 'deaths-2019-01.csv', actor: system },
    );
    expect(report).toEqual({
      rows: 3,
      matched: 2,
      unmatchedRows: [3],
      alreadyRecorded: 0,
      terminated: 2,
      // p11: October and November (payment stopped in December); p1: August to January.
      overpayments: { people: 2, months: 8, amountFen: 8 * 300_000 },
      fraudAlerts: 1,
    });
    const { rows: status } = await sql<{ benefit_status: string }>`
      select benefit_status from pensioners where id = any(${[p[1], p[11]]}::uuid[])`.execute(t.db);
    expect(status.map((s) => s.benefit_status)).toEqual(['terminated', 'terminated']);

    const blocked = await guardCertificationAgainstDeath(t.db, {
      pensionerId: p[11]!,
      certifiedAtMs: now,
      channel: 'self_service',
      nowMs: now,
    });
    expect(blocked).toEqual({ ok: false, error: { code: 'certification_blocked_deceased' } });
    expect((await listFraudAlerts(t.db)).map((a) => [a.pensionerId, a.channel])).toEqual([
      [p[1], 'counter'],
      [p[11], 'self_service'],
    ]);
    await expect(
      certify(t.db, { pensionerId: p[11]!, campaignId: campaign.id, atMs: now }),
    ).rejects.toThrow(/certification_blocked_deceased/);
    // The same file again changes nothing.
    const again = await recordDeaths(
      t.db,
      [{ idNumber: idNumbers[11]!, dateOfDeath: '2018-09-10' }],
      { nowMs: now, source: 'deaths-2019-01.csv', actor: system },
    );
    expect(again).toMatchObject({ matched: 1, alreadyRecorded: 1, terminated: 0, fraudAlerts: 0 });
  });

  it('left no failed job and an intact audit chain', async () => {
    expect((await listJobs(t.db)).filter((j) => j.state === 'failed')).toEqual([]);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
