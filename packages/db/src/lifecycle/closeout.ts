import { sql, type Kysely } from 'kysely';
import {
  checkCloseoutTime,
  closeoutDecision,
  monthIndexAt,
  monthStart,
  ok,
  type CloseoutKeepReason,
  type DomainError,
  type Result,
} from '@lifecert/core';
import type { AuditEntry } from '../audit-log.ts';
import type { Database } from '../schema.ts';
import { appendAuditChunked } from './audit-chunks.ts';
import { factsFor, uncertifiedFacts } from './lifecycle-facts.ts';
import { factsCampaign, type LifecycleCampaign } from './lifecycle-campaign.ts';
import { insertBatch, insertBatchItems } from './batches-repo.ts';
import { openDraftBatch } from './open-draft-batch.ts';

export type Actor = AuditEntry['actor'];

export type DryRunResult = {
  batchId: string;
  /** active people without a certification in the window, whom the rule looked at */
  candidates: number;
  toSuspend: number;
  kept: Partial<Record<CloseoutKeepReason, number>>;
  ms: number;
};

/**
 * The close-out dry run: lists everyone to suspend as a draft batch, which changes nobody's
 * status. An older draft of the same campaign is cancelled so only the latest can be committed.
 */
export const suspensionDryRun = async (
  db: Kysely<Database>,
  campaign: LifecycleCampaign,
  opts: { batchId: string; nowMs: number; actor: Actor; channel?: string; pageSize?: number },
): Promise<Result<DryRunResult, DomainError>> => {
  const time = checkCloseoutTime(campaign.rules, opts.nowMs);
  if (!time.ok) return time;
  const t0 = performance.now();
  return db.transaction().execute(async (trx) => {
    await sql`
      update payment_batches set state = 'cancelled'
      where campaign_id = ${campaign.id} and kind = 'suspension' and state = 'draft'`.execute(trx);
    await insertBatch(trx, {
      id: opts.batchId,
      kind: 'suspension',
      campaignId: campaign.id,
      asOfMs: opts.nowMs,
    });
    let candidates = 0;
    let toSuspend = 0;
    const kept: Partial<Record<CloseoutKeepReason, number>> = {};
    const pages = uncertifiedFacts(trx, factsCampaign(campaign), opts.nowMs, {
      pageSize: opts.pageSize ?? 20_000,
    });
    for await (const page of pages) {
      candidates += page.length;
      const items = [];
      for (const f of page) {
        const d = closeoutDecision(f, campaign.rules, opts.nowMs);
        if (!d.suspend) {
          kept[d.reason] = (kept[d.reason] ?? 0) + 1;
          continue;
        }
        items.push({
          pensionerId: f.pensionerId,
          districtCode: f.districtCode,
          payingBankCode: f.payingBankCode,
          category: f.category,
          monthlyAmountFen: f.monthlyAmountFen,
          arrearsMonths: 0,
          amountFen: f.monthlyAmountFen,
        });
      }
      toSuspend += items.length;
      await insertBatchItems(trx, opts.batchId, items);
    }
    await appendAuditChunked(trx, [
      {
        actor: opts.actor,
        channel: opts.channel ?? null,
        action: 'closeout.dry_run',
        entity: 'payment_batch',
        entityId: opts.batchId,
        details: { campaignYear: campaign.year, candidates, toSuspend, kept },
        at: new Date(opts.nowMs),
      },
    ]);
    return ok({
      batchId: opts.batchId,
      candidates,
      toSuspend,
      kept,
      ms: Math.round(performance.now() - t0),
    });
  });
};

export type CommitResult = {
  suspended: number;
  /** items dropped because their facts changed since the dry run, by reason */
  droppedAtCommit: Record<string, number>;
};

/**
 * Commits a reviewed suspension batch. Each item is decided again with today's facts (someone
 * may have certified since the dry run), then statuses change, each with a reason row and an
 * audit entry, all in one transaction.
 */
export const commitSuspensionBatch = async (
  db: Kysely<Database>,
  campaign: LifecycleCampaign,
  opts: { batchId: string; nowMs: number; committedBy: string; channel?: string },
): Promise<Result<CommitResult, DomainError>> =>
  db.transaction().execute(async (trx) => {
    const opened = await openDraftBatch(trx, 'suspension', campaign.id, opts);
    if (!opened.ok) return opened;
    const { batch, included } = opened.value;
    const facts = await factsFor(
      trx,
      factsCampaign(campaign),
      included.map((i) => i.pensionerId),
      opts.nowMs,
    );
    const suspendIds: string[] = [];
    const dropped = new Map<string, string[]>();
    for (const f of facts) {
      const d = closeoutDecision(f, campaign.rules, opts.nowMs);
      if (d.suspend) suspendIds.push(f.pensionerId);
      else dropped.set(d.reason, [...(dropped.get(d.reason) ?? []), f.pensionerId]);
    }
    for (const [reason, ids] of dropped) {
      await sql`
        update payment_batch_items set excluded_reason = ${reason}
        where batch_id = ${batch.id} and pensioner_id = any(${ids}::uuid[])`.execute(trx);
    }
    const at = new Date(opts.nowMs);
    const effectiveOn = monthStart(monthIndexAt(opts.nowMs) + 1);
    const { rows: changed } = await sql<{ id: string }>`
      update pensioners set benefit_status = 'suspended', updated_at = ${at.toISOString()}
      where id = any(${suspendIds}::uuid[]) and benefit_status = 'active'
      returning id`.execute(trx);
    const changedIds = changed.map((r) => r.id);
    await sql`
      insert into benefit_status_changes
        (pensioner_id, from_status, to_status, reason, batch_id, campaign_id, effective_on, at)
      select u.id, 'active', 'suspended', 'not_certified', ${batch.id}, ${campaign.id},
        ${effectiveOn}, ${at.toISOString()}
      from unnest(${changedIds}::uuid[]) as u(id)`.execute(trx);
    await sql`
      update payment_batches set state = 'committed', committed_at = ${at.toISOString()},
        committed_by = ${opts.committedBy}
      where id = ${batch.id}`.execute(trx);
    const actor = { kind: 'staff' as const, id: opts.committedBy };
    const droppedAtCommit = Object.fromEntries([...dropped].map(([r, ids]) => [r, ids.length]));
    await appendAuditChunked(trx, [
      ...changedIds.map((id): AuditEntry => ({
        actor,
        channel: opts.channel ?? null,
        action: 'pensioner.benefit_suspended',
        entity: 'pensioner',
        entityId: id,
        details: {
          batchId: batch.id,
          reason: 'not_certified',
          campaignYear: campaign.year,
          effectiveOn,
        },
        at,
      })),
      {
        actor,
        channel: opts.channel ?? null,
        action: 'payment_batch.committed',
        entity: 'payment_batch',
        entityId: batch.id,
        details: { kind: 'suspension', suspended: changedIds.length, droppedAtCommit },
        at,
      },
    ]);
    return ok({ suspended: changedIds.length, droppedAtCommit });
  });
