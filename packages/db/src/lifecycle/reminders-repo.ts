import { sql, type Kysely } from 'kysely';
import { needsReminder, noticeCode, type NoticeKind, type ReminderStep } from '@lifecert/core';
import type { Database } from '../schema.ts';
import { uncertifiedFacts } from './lifecycle-facts.ts';
import { factsCampaign, type LifecycleCampaign } from './lifecycle-campaign.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** Stores a campaign's plan; steps already stored keep their state (re-planning is safe). */
export const saveReminderPlan = async (
  db: Kysely<Database>,
  campaignId: string,
  steps: readonly ReminderStep[],
): Promise<number> => {
  if (steps.length === 0) return 0;
  const r = await sql`
    insert into reminder_steps (campaign_id, step_key, send_on)
    select ${campaignId}, u.k, u.d
    from unnest(${steps.map((s) => s.key)}::text[], ${steps.map((s) => s.sendOn)}::date[]) as u(k, d)
    on conflict (campaign_id, step_key) do nothing`.execute(db);
  return Number(r.numAffectedRows ?? 0n);
};

export type StoredStep = ReminderStep & {
  id: string;
  campaignId: string;
  state: 'planned' | 'queued';
  notices: number;
};

export const reminderSteps = async (
  db: Kysely<Database>,
  campaignId?: string,
): Promise<StoredStep[]> => {
  const { rows } = await sql<{
    id: string;
    campaign_id: string;
    step_key: string;
    send_on: string;
    state: 'planned' | 'queued';
    notices: number;
  }>`
    select s.id, s.campaign_id, s.step_key, s.send_on::text as send_on, s.state, s.notices
    from reminder_steps s join campaigns c on c.id = s.campaign_id
    where ${campaignId ?? null}::uuid is null or s.campaign_id = ${campaignId ?? null}::uuid
    order by s.send_on, s.step_key`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaign_id,
    key: r.step_key,
    sendOn: r.send_on,
    state: r.state,
    notices: r.notices,
  }));
};

/**
 * Creates the step's notices for everyone still pending with a mobile number. Retry-safe: the
 * unique (step, pensioner) pair turns a second run into a no-op for people already noticed.
 */
export const queueStepNotices = async (
  db: Kysely<Database>,
  campaign: LifecycleCampaign,
  step: { id: string },
  opts: { nowMs: number; secret: string; newId: () => string; pageSize?: number },
): Promise<number> => {
  let created = 0;
  const pages = uncertifiedFacts(db, factsCampaign(campaign), opts.nowMs, {
    withMobileOnly: true,
    ...(opts.pageSize ? { pageSize: opts.pageSize } : {}),
  });
  for await (const page of pages) {
    const people = page.filter((f) => needsReminder(f, campaign.rules, opts.nowMs));
    if (people.length === 0) continue;
    const ids = people.map(() => opts.newId());
    const r = await sql`
      insert into sms_notices (id, campaign_id, step_id, pensioner_id, kind, code,
        next_attempt_at, created_at)
      select u.id, ${campaign.id}, ${step.id}, u.p, 'reminder', u.code, ${iso(opts.nowMs)},
        ${iso(opts.nowMs)}
      from unnest(${ids}::uuid[], ${people.map((f) => f.pensionerId)}::uuid[],
        ${ids.map((id) => noticeCode(opts.secret, id))}::text[]) as u(id, p, code)
      on conflict (step_id, pensioner_id) do nothing`.execute(db);
    created += Number(r.numAffectedRows ?? 0n);
  }
  await sql`
    update reminder_steps set state = 'queued', queued_at = ${iso(opts.nowMs)},
      notices = (select count(*) from sms_notices where step_id = ${step.id})
    where id = ${step.id}`.execute(db);
  return created;
};

export type OutgoingNotice = {
  id: string;
  kind: NoticeKind;
  mobile: string;
  code: string;
  campaignYear: number;
  windowEnd: string;
  /** suspension and resumption: the day the status change takes effect */
  effectiveOn: string | null;
  attempts: number;
};

/**
 * Hands up to `limit` due notices to one sender. They move to `sending` in this committed
 * statement, before the provider is called: a crash then leaves them in `sending`, never resent
 * (staff compare with the provider's log). A duplicate SMS costs trust in every genuine one, so
 * at most once beats at least once here; a small `limit` bounds how many a crash leaves unsure.
 */
export const claimNotices = async (
  db: Kysely<Database>,
  opts: { nowMs: number; limit: number },
): Promise<OutgoingNotice[]> => {
  const { rows } = await sql<{
    id: string;
    kind: NoticeKind;
    mobile: string | null;
    code: string;
    year: number;
    window_end: string;
    effective_on: string | null;
    attempts: number;
  }>`
    with claimed as (
      update sms_notices set state = 'sending', attempts = attempts + 1
      where id in (
        select id from sms_notices
        where state = 'queued' and next_attempt_at <= ${iso(opts.nowMs)}
        -- No tie-break: the partial index on next_attempt_at then serves the limit directly,
        -- where ordering by id too would sort every queued notice on each claim.
        order by next_attempt_at
        limit ${opts.limit}
        for update skip locked)
      returning id, kind, pensioner_id, campaign_id, status_change_id, code, attempts)
    select c.id, c.kind, p.mobile, c.code, k.year, k.window_end::text as window_end,
      s.effective_on::text as effective_on, c.attempts
    from claimed c join pensioners p on p.id = c.pensioner_id join campaigns k on k.id = c.campaign_id
      left join benefit_status_changes s on s.id = c.status_change_id
    order by c.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    mobile: r.mobile ?? '',
    code: r.code,
    campaignYear: r.year,
    windowEnd: r.window_end,
    effectiveOn: r.effective_on,
    attempts: r.attempts,
  }));
};

export type NoticeOutcome =
  | { id: string; sent: true; provider: string; providerRef: string; atMs: number }
  | { id: string; sent: false; provider: string; error: string; retryAtMs: number | null };

/**
 * Records provider answers for claimed notices in one transaction. Its commit need not wait for
 * the disk: losing it in a crash leaves the notices in `sending`, which are never resent, so
 * asynchronous commit keeps the at-most-once promise and saves a disk flush per batch.
 */
export const settleNotices = async (
  db: Kysely<Database>,
  outcomes: readonly NoticeOutcome[],
): Promise<void> => {
  if (outcomes.length === 0) return;
  await db.transaction().execute(async (trx) => {
    await sql`set local synchronous_commit = off`.execute(trx);
    for (const o of outcomes) {
      if (o.sent) {
        await sql`
          update sms_notices set state = 'sent', sent_at = ${iso(o.atMs)}, provider = ${o.provider},
            provider_ref = ${o.providerRef}, last_error = null
          where id = ${o.id} and state = 'sending'`.execute(trx);
      } else {
        // A refused notice goes back to the queue (retriable, attempts left) or ends as failed.
        await sql`
          update sms_notices set
            state = case when ${o.retryAtMs === null}::boolean then 'failed' else 'queued' end,
            next_attempt_at = coalesce(${o.retryAtMs === null ? null : iso(o.retryAtMs)}::timestamptz,
              next_attempt_at),
            provider = ${o.provider}, last_error = ${o.error.slice(0, 200)}
          where id = ${o.id} and state = 'sending'`.execute(trx);
      }
    }
  });
};

export type DeliveryCounts = Record<'queued' | 'sending' | 'sent' | 'failed', number>;

export const noticeCounts = async (
  db: Kysely<Database>,
  campaignId?: string,
): Promise<DeliveryCounts> => {
  const { rows } = await sql<{ state: keyof DeliveryCounts; n: number }>`
    select state, count(*)::int as n from sms_notices
    where ${campaignId ?? null}::uuid is null or campaign_id = ${campaignId ?? null}::uuid
    group by state`.execute(db);
  const counts: DeliveryCounts = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const r of rows) counts[r.state] = r.n;
  return counts;
};
