import { sql, type Kysely, type RawBuilder } from 'kysely';
import { appendAudit } from '../audit-log.ts';
import type { Database } from '../schema.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** How long each kind of personal data is kept; the agency sets them (see docs/data-protection.md). */
export type RetentionPeriods = {
  /** the one frame kept of a successful self-service recording */
  certificationPhotoDays: number;
  /** self-service attempts (outcome, reason codes, match score); never those of an open campaign */
  attemptDays: number;
  /** one-time challenge token hashes, counted from the challenge's expiry */
  challengeHours: number;
  /** failed-login rows, far longer than any lockout window */
  loginFailureHours: number;
  /** finished background jobs (no personal data, but the table grows every few minutes) */
  finishedJobDays: number;
};

export const DEFAULT_RETENTION: Readonly<RetentionPeriods> = Object.freeze({
  certificationPhotoDays: 400,
  attemptDays: 400,
  challengeHours: 24,
  loginFailureHours: 24,
  finishedJobDays: 30,
});

export type PurgeCounts = {
  certificationPhotos: number;
  attempts: number;
  challenges: number;
  sessions: number;
  loginFailures: number;
  jobs: number;
};

type Step = {
  key: keyof PurgeCounts;
  /** what the audit entry calls the purged data */
  what: string;
  beforeMs: number;
  /** one bounded statement; answers how many rows it deleted or cleared */
  chunk: (before: string, limit: number) => RawBuilder<unknown>;
};

const steps = (nowMs: number, p: RetentionPeriods): Step[] => [
  {
    key: 'certificationPhotos',
    what: 'certification_photos',
    beforeMs: nowMs - p.certificationPhotoDays * DAY,
    chunk: (before, limit) => sql`
      delete from certification_photos where certification_id in (
        select certification_id from certification_photos where created_at < ${before}
        limit ${limit})`,
  },
  {
    key: 'attempts',
    what: 'self_service_attempts',
    beforeMs: nowMs - p.attemptDays * DAY,
    // Attempts of an open campaign count towards its attempt limit, so they stay however old.
    chunk: (before, limit) => sql`
      delete from self_service_attempts where id in (
        select a.id from self_service_attempts a join campaigns c on c.id = a.campaign_id
        where a.started_at < ${before} and c.status <> 'open'
        limit ${limit})`,
  },
  {
    key: 'challenges',
    what: 'self_service_attempts.challenge_hash',
    beforeMs: nowMs - p.challengeHours * HOUR,
    chunk: (before, limit) => sql`
      update self_service_attempts set challenge_hash = null where id in (
        select id from self_service_attempts
        where challenge_hash is not null and expires_at < ${before}
        limit ${limit})`,
  },
  {
    key: 'sessions',
    what: 'sessions',
    beforeMs: nowMs,
    chunk: (before, limit) => sql`
      delete from sessions where token_hash in (
        select token_hash from sessions where expires_at <= ${before} limit ${limit})`,
  },
  {
    key: 'loginFailures',
    what: 'login_failures',
    beforeMs: nowMs - p.loginFailureHours * HOUR,
    chunk: (before, limit) => sql`
      delete from login_failures where id in (
        select id from login_failures where at < ${before} limit ${limit})`,
  },
  {
    key: 'jobs',
    what: 'jobs',
    beforeMs: nowMs - p.finishedJobDays * DAY,
    chunk: (before, limit) => sql`
      delete from jobs where id in (
        select id from jobs where state in ('done', 'failed') and finished_at < ${before}
        limit ${limit})`,
  },
];

/**
 * Deletes what docs/data-protection.md promises to delete once its period is over. Each chunk
 * of rows goes in its own short transaction together with an audit entry naming the table, the
 * cut-off and the count (never contents), so a crash leaves nothing deleted unaudited and no
 * transaction holds locks on a large table for long.
 */
export const purgeExpiredData = async (
  db: Kysely<Database>,
  opts: {
    nowMs: number;
    periods: RetentionPeriods;
    actor: { kind: 'system'; id: string };
    chunkSize?: number;
  },
): Promise<PurgeCounts> => {
  const limit = opts.chunkSize ?? 10_000;
  const counts: PurgeCounts = {
    certificationPhotos: 0,
    attempts: 0,
    challenges: 0,
    sessions: 0,
    loginFailures: 0,
    jobs: 0,
  };
  for (const step of steps(opts.nowMs, opts.periods)) {
    const before = new Date(step.beforeMs).toISOString();
    for (;;) {
      const n = await db.transaction().execute(async (trx) => {
        const r = await step.chunk(before, limit).execute(trx);
        const affected = Number(r.numAffectedRows ?? 0n);
        if (affected > 0) {
          await appendAudit(trx, {
            actor: opts.actor,
            channel: 'jobs',
            action: 'retention.purged',
            entity: step.what,
            entityId: null,
            details: { count: affected, before },
            at: new Date(opts.nowMs),
          });
        }
        return affected;
      });
      counts[step.key] += n;
      if (n < limit) break;
    }
  }
  return counts;
};
