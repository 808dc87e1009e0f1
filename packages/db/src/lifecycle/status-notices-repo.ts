import { sql, type Kysely } from 'kysely';
import { noticeCode } from '@lifecert/core';
import { appendAudit } from '../audit-log.ts';
import type { Database } from '../schema.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export type StatusNoticeCounts = { suspension: number; resumption: number };

/**
 * Creates one SMS notice per committed suspension or resumption recorded since `sinceMs` that
 * has none yet. Only the person's latest change is announced (a suspension already undone, or
 * followed by a death record, is not), and only to people with a mobile number. The unique
 * status_change_id makes a second run, or a second instance, a no-op. One audit entry per
 * call that created notices, with counts only.
 */
export const queueStatusNotices = async (
  db: Kysely<Database>,
  opts: {
    nowMs: number;
    sinceMs: number;
    secret: string;
    newId: () => string;
    actor: { kind: 'system'; id: string };
    pageSize?: number;
  },
): Promise<StatusNoticeCounts> => {
  const counts: StatusNoticeCounts = { suspension: 0, resumption: 0 };
  const pageSize = opts.pageSize ?? 5000;
  for (;;) {
    const { rows } = await sql<{
      id: string;
      pensioner_id: string;
      campaign_id: string;
      reason: string;
    }>`
      select s.id::text as id, s.pensioner_id, s.campaign_id, s.reason
      from benefit_status_changes s join pensioners p on p.id = s.pensioner_id
      where s.reason in ('not_certified', 'certified_late') and s.batch_id is not null
        and s.campaign_id is not null
        and s.at >= ${iso(opts.sinceMs)} and s.at <= ${iso(opts.nowMs)}
        and coalesce(p.mobile, '') <> ''
        and not exists (select 1 from sms_notices n where n.status_change_id = s.id)
        and not exists (
          select 1 from benefit_status_changes later
          where later.pensioner_id = s.pensioner_id and later.id > s.id)
      order by s.id
      limit ${pageSize}`.execute(db);
    if (rows.length === 0) return counts;
    const ids = rows.map(() => opts.newId());
    const kinds = rows.map((r) => (r.reason === 'not_certified' ? 'suspension' : 'resumption'));
    const created = await db.transaction().execute(async (trx) => {
      const { rows: inserted } = await sql<{ kind: 'suspension' | 'resumption' }>`
        insert into sms_notices (id, campaign_id, pensioner_id, kind, code, status_change_id,
          next_attempt_at, created_at)
        select u.id, u.c, u.p, u.k, u.code, u.s, ${iso(opts.nowMs)}, ${iso(opts.nowMs)}
        from unnest(${ids}::uuid[], ${rows.map((r) => r.campaign_id)}::uuid[],
          ${rows.map((r) => r.pensioner_id)}::uuid[], ${kinds}::text[],
          ${ids.map((id) => noticeCode(opts.secret, id))}::text[],
          ${rows.map((r) => r.id)}::bigint[]) as u(id, c, p, k, code, s)
        on conflict (status_change_id) where status_change_id is not null do nothing
        returning kind`.execute(trx);
      const page: StatusNoticeCounts = { suspension: 0, resumption: 0 };
      for (const r of inserted) page[r.kind] += 1;
      if (inserted.length > 0) {
        await appendAudit(trx, {
          actor: opts.actor,
          channel: 'jobs',
          action: 'sms_notices.queued',
          entity: 'sms_notices',
          entityId: null,
          details: { ...page },
          at: new Date(opts.nowMs),
        });
      }
      return page;
    });
    counts.suspension += created.suspension;
    counts.resumption += created.resumption;
    if (rows.length < pageSize) return counts;
  }
};
