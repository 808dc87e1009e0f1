import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFixedWidthTotals, shanghaiDayStart } from '@lifecert/core';
import { createTestDb, type TestDb } from '../test-db.ts';
import { verifyAuditChain } from '../audit-log.ts';
import { batchBankFiles } from './batch-files.ts';
import { summariseBatch, excludeBatchItems } from './batches-repo.ts';
import { commitSuspensionBatch, suspensionDryRun } from './closeout.ts';
import { lifecycleCampaign, type LifecycleCampaign } from './lifecycle-campaign.ts';
import { openPendingReview, resolvePendingReview } from './pending-reviews-repo.ts';
import { latestBenefitChange } from './status-changes-repo.ts';
import { addCampaign2018, addPerson, addStaff, certify } from './test-people.ts';

const day = (d: string, hours = 10) => shanghaiDayStart(d) + hours * 3_600_000;
const system = { kind: 'system' as const, id: 'test' };

describe('close-out', () => {
  let t: TestDb;
  let campaign: LifecycleCampaign;
  let admin: string;
  const who: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDb();
    const c = await addCampaign2018(t.db);
    campaign = lifecycleCampaign(c);
    admin = await addStaff(t.db, 'admin');
    const add = async (name: string, spec = {}) => (who[name] = (await addPerson(t.db, spec)).id);
    await add('overdue');
    await add('overdueOtherBank', { bank: 'BOC', district: '410303', monthlyAmountFen: null });
    for (const channel of ['self_service', 'counter', 'bank', 'employer', 'home_visit'] as const) {
      await add(channel);
      await certify(t.db, {
        pensionerId: who[channel]!,
        campaignId: c.id,
        atMs: day('2018-08-01'),
        channel,
        method: channel === 'self_service' ? 'face' : 'id_check',
      });
    }
    await add('offsiteForm');
    await certify(t.db, {
      pensionerId: who.offsiteForm!,
      campaignId: c.id,
      atMs: day('2018-09-01'),
      channel: 'offsite_form',
      method: 'form',
    });
    await add('lateButBeforeDryRun');
    await certify(t.db, {
      pensionerId: who.lateButBeforeDryRun!,
      campaignId: c.id,
      atMs: day('2018-11-02'),
    });
    await add('exempt');
    // A face certification in March (for another purpose) exempts from the July window.
    const other = await t.db
      .insertInto('campaigns')
      .values({
        year: 2017,
        window_start: '2017-07-01',
        window_end: '2018-06-30',
        cutoff_date: '2016-12-31',
        exemption_date: '2017-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await certify(t.db, {
      pensionerId: who.exempt!,
      campaignId: other.id,
      atMs: day('2018-03-01'),
      channel: 'self_service',
      method: 'face',
    });
    for (const kind of ['offsite_form', 'overseas_document', 'home_visit'] as const) {
      await add(kind);
      await openPendingReview(t.db, {
        pensionerId: who[kind]!,
        campaignId: c.id,
        kind,
        openedAtMs: day('2018-10-20'),
      });
    }
    await add('resolvedReview');
    const review = await openPendingReview(t.db, {
      pensionerId: who.resolvedReview!,
      campaignId: c.id,
      kind: 'overseas_document',
      openedAtMs: day('2018-10-20'),
    });
    await resolvePendingReview(t.db, review, day('2018-10-25'));
    await add('addedAfterCutoff', { benefitsStart: '2018-02-01' });
    await add('alreadySuspended', { benefitStatus: 'suspended' });
    await add('terminated', { benefitStatus: 'terminated' });
    await add('certifiesAfterDryRun');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses a dry run before the deadline has passed', async () => {
    const r = await suspensionDryRun(t.db, campaign, {
      batchId: randomUUID(),
      nowMs: day('2018-10-31', 23),
      actor: system,
    });
    expect(r).toEqual({ ok: false, error: { code: 'deadline_not_passed' } });
  });

  it('lists only people who did not certify and have no safety net, and changes no status', async () => {
    const batchId = randomUUID();
    const r = await suspensionDryRun(t.db, campaign, {
      batchId,
      nowMs: day('2018-11-05'),
      actor: system,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.toSuspend).toBe(4);
    expect(r.value.kept).toEqual({ pending_review: 3, exempt: 1, added_after_cutoff: 1 });
    const { rows } = await sql<{ pensioner_id: string }>`
      select pensioner_id from payment_batch_items where batch_id = ${batchId}`.execute(t.db);
    expect(new Set(rows.map((r) => r.pensioner_id))).toEqual(
      new Set([who.overdue, who.overdueOtherBank, who.resolvedReview, who.certifiesAfterDryRun]),
    );
    const summary = await summariseBatch(t.db, batchId);
    expect(summary.byBank).toEqual({
      ICBC: { people: 3, amountFen: 900_000 },
      BOC: { people: 1, amountFen: 0 },
    });
    expect(summary.byDistrict['410303']).toEqual({ people: 1, amountFen: 0 });
    const statuses = await sql<{ n: number }>`
      select count(*)::int as n from pensioners where benefit_status = 'suspended'`.execute(t.db);
    expect(statuses.rows[0]!.n).toBe(1);
    // Nothing to send to a bank before an administrator commits.
    expect(await batchBankFiles(t.db, batchId)).toBeNull();
  });

  it('commits only by an administrator, rechecking who certified since the dry run', async () => {
    const batchId = randomUUID();
    const dry = await suspensionDryRun(t.db, campaign, {
      batchId,
      nowMs: day('2018-11-05'),
      actor: system,
    });
    expect(dry.ok).toBe(true);
    expect(
      await excludeBatchItems(t.db, batchId, [who.resolvedReview!], 'reviewer: document seen'),
    ).toBe(1);
    await certify(t.db, {
      pensionerId: who.certifiesAfterDryRun!,
      campaignId: campaign.id,
      atMs: day('2018-11-06'),
      channel: 'bank',
    });

    const reviewer = await addStaff(t.db, 'reviewer');
    const opts = { batchId, nowMs: day('2018-11-07') };
    expect(await commitSuspensionBatch(t.db, campaign, { ...opts, committedBy: reviewer })).toEqual(
      {
        ok: false,
        error: { code: 'forbidden' },
      },
    );
    const done = await commitSuspensionBatch(t.db, campaign, { ...opts, committedBy: admin });
    expect(done).toEqual({ ok: true, value: { suspended: 2, droppedAtCommit: { certified: 1 } } });
    expect(await commitSuspensionBatch(t.db, campaign, { ...opts, committedBy: admin })).toEqual({
      ok: false,
      error: { code: 'batch_not_draft' },
    });

    const status = await sql<{ id: string; benefit_status: string }>`
      select id, benefit_status from pensioners where id = any(${[
        who.overdue,
        who.overdueOtherBank,
        who.resolvedReview,
        who.certifiesAfterDryRun,
      ]}::uuid[])`.execute(t.db);
    expect(Object.fromEntries(status.rows.map((r) => [r.id, r.benefit_status]))).toEqual({
      [who.overdue!]: 'suspended',
      [who.overdueOtherBank!]: 'suspended',
      [who.resolvedReview!]: 'active',
      [who.certifiesAfterDryRun!]: 'active',
    });
    expect(await latestBenefitChange(t.db, who.overdue!)).toEqual({
      reason: 'not_certified',
      effectiveOn: '2018-12-01',
      campaignYear: 2018,
    });
    expect(await latestBenefitChange(t.db, who.certifiesAfterDryRun!)).toBeNull();
    const audit = await sql<{ action: string; details: Record<string, unknown> }>`
      select action, details from audit_log where entity_id = ${who.overdue!}`.execute(t.db);
    expect(audit.rows).toEqual([
      {
        action: 'pensioner.benefit_suspended',
        details: {
          batchId,
          reason: 'not_certified',
          campaignYear: 2018,
          effectiveOn: '2018-12-01',
        },
      },
    ]);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);

    const files = await batchBankFiles(t.db, batchId);
    expect(files?.map((f) => [f.bankCode, f.totals])).toEqual([
      ['BOC', { records: 1, amountFen: 0, monthlyAmountFen: 0 }],
      ['ICBC', { records: 1, amountFen: 300_000, monthlyAmountFen: 300_000 }],
    ]);
    const icbc = files!.find((f) => f.bankCode === 'ICBC')!;
    expect(icbc.name).toBe(`SUSP-2018-ICBC-${batchId.slice(0, 8)}`);
    const check = checkFixedWidthTotals(icbc.fixedWidth);
    expect(check?.computed).toEqual(check?.declared);
    expect(icbc.csv).toContain(',300000,0,300000\r\n');
  });
});
