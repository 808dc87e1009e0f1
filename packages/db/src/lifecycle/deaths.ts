import { sql, type Kysely } from 'kysely';
import {
  err,
  isCertificationAfterDeath,
  ok,
  overpaymentAfterDeath,
  type DomainError,
  type Result,
} from '@lifecert/core';
import type { AuditEntry } from '../audit-log.ts';
import type { Database } from '../schema.ts';
import { appendAuditChunked } from './audit-chunks.ts';
import type { Actor } from './closeout.ts';

/** One row of a death-registration file, number already normalised. */
export type DeathRow = { idNumber: string; dateOfDeath: string };

export type DeathImportReport = {
  rows: number;
  matched: number;
  /** 1-based positions of rows matching no pensioner; never the numbers */
  unmatchedRows: number[];
  alreadyRecorded: number;
  terminated: number;
  overpayments: { people: number; months: number; amountFen: number };
  fraudAlerts: number;
};

type Match = {
  n: number;
  pensioner_id: string;
  date_of_death: string;
  benefit_status: string;
  monthly_amount_fen: number;
  suspended_at_ms: number | null;
  recorded: boolean;
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Records deaths from a registration file in one transaction: matching pensioners are
 * terminated, payments after the month of death are flagged as overpayments, queued resumptions
 * are cancelled, and certifications dated after the death (recorded before the file arrived)
 * become fraud alerts. Re-importing the same file changes nothing.
 */
export const recordDeaths = async (
  db: Kysely<Database>,
  rows: readonly DeathRow[],
  opts: { nowMs: number; source: string; actor: Actor; channel?: string },
): Promise<DeathImportReport> =>
  db.transaction().execute(async (trx) => {
    const { rows: matches } = await sql<Match>`
      select u.n::int as n, p.id as pensioner_id, u.date_of_death::text as date_of_death,
        p.benefit_status, coalesce(p.monthly_amount_fen, 0)::float8 as monthly_amount_fen,
        (select (extract(epoch from s.at) * 1000)::float8 from benefit_status_changes s
          where s.pensioner_id = p.id and p.benefit_status = 'suspended'
          order by s.id desc limit 1) as suspended_at_ms,
        exists (select 1 from death_records d where d.pensioner_id = p.id) as recorded
      from unnest(${rows.map((r) => r.idNumber)}::text[], ${rows.map((r) => r.dateOfDeath)}::date[])
        with ordinality as u(id_number, date_of_death, n)
      join pensioners p on p.id_number = u.id_number
      order by u.n`.execute(trx);
    const matchedRows = new Set(matches.map((m) => m.n));
    const unmatchedRows = rows.map((_, i) => i + 1).filter((n) => !matchedRows.has(n));
    // A number twice in one file: the first row wins, like a second import would.
    const seen = new Set<string>();
    const fresh = matches.filter(
      (m) => !m.recorded && !seen.has(m.pensioner_id) && seen.add(m.pensioner_id),
    );
    const at = new Date(opts.nowMs);
    const ids = fresh.map((m) => m.pensioner_id);
    await sql`
      insert into death_records (pensioner_id, date_of_death, source, recorded_at)
      select u.id, u.d, ${opts.source}, ${at.toISOString()}
      from unnest(${ids}::uuid[], ${fresh.map((m) => m.date_of_death)}::date[]) as u(id, d)`.execute(
      trx,
    );
    const live = fresh.filter((m) => m.benefit_status !== 'terminated');
    await sql`
      update pensioners set benefit_status = 'terminated', updated_at = ${at.toISOString()}
      where id = any(${live.map((m) => m.pensioner_id)}::uuid[])`.execute(trx);
    await sql`
      insert into benefit_status_changes
        (pensioner_id, from_status, to_status, reason, effective_on, at)
      select u.id, u.from_status, 'terminated', 'deceased', u.d, ${at.toISOString()}
      from unnest(${live.map((m) => m.pensioner_id)}::uuid[],
        ${live.map((m) => m.benefit_status)}::text[],
        ${live.map((m) => m.date_of_death)}::date[]) as u(id, from_status, d)`.execute(trx);
    await sql`
      update resumption_requests set state = 'cancelled'
      where state = 'queued' and pensioner_id = any(${ids}::uuid[])`.execute(trx);

    const over = live.flatMap((m) => {
      const o = overpaymentAfterDeath({
        dateOfDeath: m.date_of_death,
        recordedAtMs: opts.nowMs,
        suspendedAtMs: m.benefit_status === 'suspended' ? m.suspended_at_ms : null,
      });
      return o ? [{ id: m.pensioner_id, ...o, amountFen: o.months * m.monthly_amount_fen }] : [];
    });
    await sql`
      insert into overpayments (pensioner_id, first_month, months, amount_fen, created_at)
      select u.id, u.first_month, u.months, u.amount, ${at.toISOString()}
      from unnest(${over.map((o) => o.id)}::uuid[], ${over.map((o) => o.firstMonth)}::date[],
        ${over.map((o) => o.months)}::int[], ${over.map((o) => o.amountFen)}::bigint[])
        as u(id, first_month, months, amount)`.execute(trx);

    const { rows: alerts } = await sql<{ pensioner_id: string; certification_id: string }>`
      insert into fraud_alerts (pensioner_id, kind, certification_id, channel, attempted_at, created_at)
      select c.pensioner_id, 'certification_after_death', c.id, c.channel, c.certified_at,
        ${at.toISOString()}
      from certifications c join death_records d on d.pensioner_id = c.pensioner_id
      where c.pensioner_id = any(${ids}::uuid[])
        and c.certified_at >= ((d.date_of_death + 1)::timestamp at time zone 'UTC') - interval '8 hours'
      on conflict (certification_id) where certification_id is not null do nothing
      returning pensioner_id, certification_id`.execute(trx);

    const overById = new Map(over.map((o) => [o.id, o]));
    const alertCount = new Map<string, number>();
    for (const a of alerts)
      alertCount.set(a.pensioner_id, (alertCount.get(a.pensioner_id) ?? 0) + 1);
    const entries: AuditEntry[] = fresh.map((m) => ({
      actor: opts.actor,
      channel: opts.channel ?? null,
      action: 'pensioner.death_recorded',
      entity: 'pensioner',
      entityId: m.pensioner_id,
      details: {
        dateOfDeath: m.date_of_death,
        fromStatus: m.benefit_status,
        overpaidMonths: overById.get(m.pensioner_id)?.months ?? 0,
        fraudAlerts: alertCount.get(m.pensioner_id) ?? 0,
      },
      at,
    }));
    const report: DeathImportReport = {
      rows: rows.length,
      matched: matchedRows.size,
      unmatchedRows,
      alreadyRecorded: matches.length - fresh.length,
      terminated: live.length,
      overpayments: {
        people: over.length,
        months: over.reduce((s, o) => s + o.months, 0),
        amountFen: over.reduce((s, o) => s + o.amountFen, 0),
      },
      fraudAlerts: alerts.length,
    };
    entries.push({
      actor: opts.actor,
      channel: opts.channel ?? null,
      action: 'deaths.imported',
      entity: 'death_import',
      entityId: null,
      details: { source: opts.source, ...report, unmatchedRows: unmatchedRows.length },
      at,
    });
    await appendAuditChunked(trx, entries);
    return report;
  });

/**
 * Every channel calls this before recording a certification. After a recorded death the
 * certification is refused and a fraud alert is raised; the alert commits on its own, so the
 * caller rolling back its own work does not erase it. (A trigger on certifications blocks
 * the insert too, for any channel that forgets to ask.)
 */
export const guardCertificationAgainstDeath = async (
  db: Kysely<Database>,
  attempt: { pensionerId: string; certifiedAtMs: number; channel: string; nowMs: number },
): Promise<Result<true, DomainError>> => {
  const { rows } = await sql<{ date_of_death: string }>`
    select date_of_death::text as date_of_death from death_records
    where pensioner_id = ${attempt.pensionerId}`.execute(db);
  const death = rows[0];
  if (!death || !isCertificationAfterDeath(death.date_of_death, attempt.certifiedAtMs)) {
    return ok(true);
  }
  await db.transaction().execute(async (trx) => {
    const { rows: alert } = await sql<{ id: number }>`
      insert into fraud_alerts (pensioner_id, kind, channel, attempted_at, created_at)
      values (${attempt.pensionerId}, 'certification_after_death', ${attempt.channel},
        ${iso(attempt.certifiedAtMs)}, ${iso(attempt.nowMs)})
      returning id`.execute(trx);
    await appendAuditChunked(trx, [
      {
        actor: { kind: 'system', id: 'death-guard' },
        channel: attempt.channel,
        action: 'fraud_alert.raised',
        entity: 'pensioner',
        entityId: attempt.pensionerId,
        details: { kind: 'certification_after_death', alertId: alert[0]!.id },
        at: new Date(attempt.nowMs),
      },
    ]);
  });
  return err({ code: 'certification_blocked_deceased' });
};

export type FraudAlert = {
  id: number;
  pensionerId: string;
  certificationId: string | null;
  channel: string | null;
};

export const listFraudAlerts = async (db: Kysely<Database>): Promise<FraudAlert[]> => {
  const { rows } = await sql<{
    id: number;
    pensioner_id: string;
    certification_id: string | null;
    channel: string | null;
  }>`select id, pensioner_id, certification_id, channel from fraud_alerts order by id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    pensionerId: r.pensioner_id,
    certificationId: r.certification_id,
    channel: r.channel,
  }));
};
