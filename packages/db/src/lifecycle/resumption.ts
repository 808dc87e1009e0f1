import { sql, type Kysely } from 'kysely';
import {
  arrearsMonths,
  monthIndexAt,
  monthStart,
  ok,
  type DomainError,
  type Result,
} from '@lifecert/core';
import type { AuditEntry } from '../audit-log.ts';
import type { Database } from '../schema.ts';
import { appendAuditChunked } from './audit-chunks.ts';
import { insertBatch, insertBatchItems } from './batches-repo.ts';
import type { Actor } from './closeout.ts';
import type { LifecycleCampaign } from './lifecycle-campaign.ts';
import { openDraftBatch } from './open-draft-batch.ts';

const iso = (ms: number) => new Date(ms).toISOString();

type Candidate = {
  change_id: number;
  pensioner_id: string;
  campaign_id: string;
  suspended_at_ms: number;
  monthly_amount_fen: number;
  certification_id: string;
  certified_at_ms: number;
};

/**
 * Queues every suspended person who has certified since, by any channel, for resumption.
 * A certification counts when dated after the suspension, or when it belongs to the campaign
 * of the suspension (an overseas document attesting an earlier date that arrived late).
 * Idempotent: one request per suspension, so running it twice queues nobody twice.
 */
export const queueResumptions = async (
  db: Kysely<Database>,
  opts: { nowMs: number; actor: Actor },
): Promise<number> =>
  db.transaction().execute(async (trx) => {
    const { rows } = await sql<Candidate>`
      select s.id as change_id, p.id as pensioner_id, s.campaign_id,
        (extract(epoch from s.at) * 1000)::float8 as suspended_at_ms,
        coalesce(p.monthly_amount_fen, 0)::float8 as monthly_amount_fen,
        c.id as certification_id,
        (extract(epoch from c.certified_at) * 1000)::float8 as certified_at_ms
      from pensioners p
      join lateral (
        select * from benefit_status_changes s where s.pensioner_id = p.id order by s.id desc limit 1
      ) s on true
      join campaigns k on k.id = s.campaign_id
      join lateral (
        select c.id, c.certified_at from certifications c
        where c.pensioner_id = p.id and c.certified_at <= ${iso(opts.nowMs)}
          and (c.certified_at > s.at
            or (c.campaign_id = s.campaign_id
              and c.certified_at >= (k.window_start::timestamp at time zone 'UTC') - interval '8 hours'))
        order by c.certified_at desc limit 1
      ) c on true
      where p.benefit_status = 'suspended' and s.to_status = 'suspended'
        and s.reason = 'not_certified'
        and not exists (select 1 from death_records d where d.pensioner_id = p.id)
        and not exists (select 1 from resumption_requests r where r.suspension_change_id = s.id)
      order by s.id`.execute(trx);
    if (rows.length === 0) return 0;
    // An estimate for the queue; the resumption batch recomputes it on the day it commits.
    const arrears = rows.map((r) => arrearsMonths(r.suspended_at_ms, opts.nowMs));
    const { rows: queued } = await sql<{ pensioner_id: string; suspension_change_id: number }>`
      insert into resumption_requests (suspension_change_id, pensioner_id, campaign_id,
        certification_id, certified_at, arrears_months, monthly_amount_fen, arrears_amount_fen,
        queued_at)
      select u.change_id, u.pensioner_id, u.campaign_id, u.certification_id,
        to_timestamp(u.certified_at_ms / 1000.0), u.arrears, u.monthly, u.arrears * u.monthly,
        ${iso(opts.nowMs)}
      from unnest(
        ${rows.map((r) => r.change_id)}::bigint[], ${rows.map((r) => r.pensioner_id)}::uuid[],
        ${rows.map((r) => r.campaign_id)}::uuid[], ${rows.map((r) => r.certification_id)}::uuid[],
        ${rows.map((r) => r.certified_at_ms)}::float8[], ${arrears}::int[],
        ${rows.map((r) => r.monthly_amount_fen)}::bigint[])
        as u(change_id, pensioner_id, campaign_id, certification_id, certified_at_ms, arrears, monthly)
      on conflict (suspension_change_id) do nothing
      returning pensioner_id, suspension_change_id`.execute(trx);
    await appendAuditChunked(
      trx,
      queued.map((q): AuditEntry => ({
        actor: opts.actor,
        channel: null,
        action: 'pensioner.resumption_queued',
        entity: 'pensioner',
        entityId: q.pensioner_id,
        details: { suspensionChangeId: q.suspension_change_id },
        at: new Date(opts.nowMs),
      })),
    );
    return queued.length;
  });

type Queued = {
  pensioner_id: string;
  district_code: string;
  paying_bank_code: string | null;
  category: string;
  monthly_amount_fen: number;
  suspended_at_ms: number;
};

const queuedRequests = async (
  db: Kysely<Database>,
  campaignId: string,
  pensionerIds?: readonly string[],
): Promise<Queued[]> => {
  const { rows } = await sql<Queued>`
    select p.id as pensioner_id, p.district_code, p.paying_bank_code, p.category,
      coalesce(p.monthly_amount_fen, 0)::float8 as monthly_amount_fen,
      (extract(epoch from s.at) * 1000)::float8 as suspended_at_ms
    from resumption_requests r
    join pensioners p on p.id = r.pensioner_id
    join benefit_status_changes s on s.id = r.suspension_change_id
    where r.campaign_id = ${campaignId} and r.state = 'queued' and p.benefit_status = 'suspended'
      ${pensionerIds ? sql`and r.pensioner_id = any(${[...pensionerIds]}::uuid[])` : sql``}
    order by p.id`.execute(db);
  return rows;
};

const itemFor = (q: Queued, nowMs: number) => {
  const months = arrearsMonths(q.suspended_at_ms, nowMs);
  return {
    pensionerId: q.pensioner_id,
    districtCode: q.district_code,
    payingBankCode: q.paying_bank_code,
    category: q.category,
    monthlyAmountFen: q.monthly_amount_fen,
    arrearsMonths: months,
    amountFen: months * q.monthly_amount_fen,
  };
};

/** Draft resumption batch of everyone queued for the campaign, arrears computed as of now. */
export const resumptionDryRun = async (
  db: Kysely<Database>,
  campaign: LifecycleCampaign,
  opts: { batchId: string; nowMs: number; actor: Actor; channel?: string },
): Promise<{ batchId: string; people: number; arrearsFen: number }> =>
  db.transaction().execute(async (trx) => {
    await sql`
      update payment_batches set state = 'cancelled'
      where campaign_id = ${campaign.id} and kind = 'resumption' and state = 'draft'`.execute(trx);
    await insertBatch(trx, {
      id: opts.batchId,
      kind: 'resumption',
      campaignId: campaign.id,
      asOfMs: opts.nowMs,
    });
    const items = (await queuedRequests(trx, campaign.id)).map((q) => itemFor(q, opts.nowMs));
    await insertBatchItems(trx, opts.batchId, items);
    const arrearsFen = items.reduce((s, i) => s + i.amountFen, 0);
    await appendAuditChunked(trx, [
      {
        actor: opts.actor,
        channel: opts.channel ?? null,
        action: 'resumption.dry_run',
        entity: 'payment_batch',
        entityId: opts.batchId,
        details: { campaignYear: campaign.year, people: items.length, arrearsFen },
        at: new Date(opts.nowMs),
      },
    ]);
    return { batchId: opts.batchId, people: items.length, arrearsFen };
  });

/**
 * Commits a reviewed resumption batch: payment restarts the month after, and the arrears are
 * recomputed for today so a batch committed a month late pays that month too.
 */
export const commitResumptionBatch = async (
  db: Kysely<Database>,
  campaign: LifecycleCampaign,
  opts: { batchId: string; nowMs: number; committedBy: string; channel?: string },
): Promise<Result<{ resumed: number; arrearsFen: number }, DomainError>> =>
  db.transaction().execute(async (trx) => {
    const opened = await openDraftBatch(trx, 'resumption', campaign.id, opts);
    if (!opened.ok) return opened;
    const { batch, included } = opened.value;
    const still = await queuedRequests(
      trx,
      campaign.id,
      included.map((i) => i.pensionerId),
    );
    const stillIds = new Set(still.map((q) => q.pensioner_id));
    const gone = included.filter((i) => !stillIds.has(i.pensionerId)).map((i) => i.pensionerId);
    await sql`
      update payment_batch_items set excluded_reason = 'no_longer_queued'
      where batch_id = ${batch.id} and pensioner_id = any(${gone}::uuid[])`.execute(trx);
    const items = still.map((q) => itemFor(q, opts.nowMs));
    const ids = items.map((i) => i.pensionerId);
    await sql`
      update payment_batch_items i set arrears_months = u.months, amount_fen = u.amount
      from unnest(${ids}::uuid[], ${items.map((i) => i.arrearsMonths)}::int[],
        ${items.map((i) => i.amountFen)}::bigint[]) as u(id, months, amount)
      where i.batch_id = ${batch.id} and i.pensioner_id = u.id`.execute(trx);
    const at = new Date(opts.nowMs);
    const effectiveOn = monthStart(monthIndexAt(opts.nowMs) + 1);
    await sql`
      update pensioners set benefit_status = 'active', updated_at = ${at.toISOString()}
      where id = any(${ids}::uuid[]) and benefit_status = 'suspended'`.execute(trx);
    await sql`
      insert into benefit_status_changes
        (pensioner_id, from_status, to_status, reason, batch_id, campaign_id, effective_on, at)
      select u.id, 'suspended', 'active', 'certified_late', ${batch.id}, ${campaign.id},
        ${effectiveOn}, ${at.toISOString()}
      from unnest(${ids}::uuid[]) as u(id)`.execute(trx);
    await sql`
      update resumption_requests set state = 'batched', batch_id = ${batch.id}
      where campaign_id = ${campaign.id} and state = 'queued'
        and pensioner_id = any(${ids}::uuid[])`.execute(trx);
    await sql`
      update payment_batches set state = 'committed', committed_at = ${at.toISOString()},
        committed_by = ${opts.committedBy}
      where id = ${batch.id}`.execute(trx);
    const arrearsFen = items.reduce((s, i) => s + i.amountFen, 0);
    const actor = { kind: 'staff' as const, id: opts.committedBy };
    await appendAuditChunked(trx, [
      ...items.map((i): AuditEntry => ({
        actor,
        channel: opts.channel ?? null,
        action: 'pensioner.benefit_resumed',
        entity: 'pensioner',
        entityId: i.pensionerId,
        details: { batchId: batch.id, arrearsMonths: i.arrearsMonths, effectiveOn },
        at,
      })),
      {
        actor,
        channel: opts.channel ?? null,
        action: 'payment_batch.committed',
        entity: 'payment_batch',
        entityId: batch.id,
        details: { kind: 'resumption', resumed: ids.length, arrearsFen, dropped: gone.length },
        at,
      },
    ]);
    return ok({ resumed: ids.length, arrearsFen });
  });
