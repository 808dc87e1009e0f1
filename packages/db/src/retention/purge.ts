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
  /** scans of offsite forms and overseas documents, counted from the decision */
  paperScanDays: number;
  /** pixels and embedding of a reference photo, counted from when another photo replaced it */
  replacedPhotoDays: number;
};

export const DEFAULT_RETENTION: Readonly<RetentionPeriods> = Object.freeze({
  certificationPhotoDays: 400,
  attemptDays: 400,
  challengeHours: 24,
  loginFailureHours: 24,
  finishedJobDays: 30,
  paperScanDays: 400,
  replacedPhotoDays: 400,
});

export type PurgeCounts = {
  certificationPhotos: number;
  attempts: number;
  challenges: number;
  sessions: number;
  loginFailures: number;
  jobs: number;
  assistedAttempts: number;
  paperScans: number;
  replacedPhotos: number;
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
  {
    key: 'assistedAttempts',
    what: 'assisted_face_attempts',
    beforeMs: nowMs - p.attemptDays * DAY,
    // Same period and rule as self-service attempts: staff reviewing an open campaign's failed
    // attempts still need them.
    chunk: (before, limit) => sql`
      delete from assisted_face_attempts where id in (
        select a.id from assisted_face_attempts a join campaigns c on c.id = a.campaign_id
        where a.issued_at < ${before} and c.status <> 'open'
        limit ${limit})`,
  },
  {
    key: 'paperScans',
    what: 'paper_proof_scans',
    beforeMs: nowMs - p.paperScanDays * DAY,
    // A pending proof still needs its scan for the review, however long it waits.
    chunk: (before, limit) => sql`
      delete from paper_proof_scans where proof_id in (
        select s.proof_id from paper_proof_scans s join paper_proofs p on p.id = s.proof_id
        where p.state <> 'pending' and p.reviewed_at < ${before}
        limit ${limit})`,
  },
  {
    key: 'replacedPhotos',
    what: 'reference_photos.jpeg',
    beforeMs: nowMs - p.replacedPhotoDays * DAY,
    // Erased rather than deleted: the row (who enrolled and approved it, when) is what the
    // enrolment history and the audit log point at, and photo_enrolments keeps it referenced.
    // A pending candidate is inactive too, but awaits a decision, so it stays. Replaced when
    // the approval that replaced it was decided or, for a bulk import, when the next photo came.
    chunk: (before, limit) => sql`
      update reference_photos set jpeg = ''::bytea, embedding = null, model = null where id in (
        select f.id from reference_photos f
        where not f.active and octet_length(f.jpeg) > 0
          and not exists (select 1 from photo_enrolments e
            where e.photo_id = f.id and e.status = 'pending')
          and coalesce(
            (select max(e.decided_at) from photo_enrolments e where e.replaced_photo_id = f.id),
            (select min(g.enrolled_at) from reference_photos g
              where g.pensioner_id = f.pensioner_id and g.enrolled_at > f.enrolled_at
                and not exists (select 1 from photo_enrolments e
                  where e.photo_id = g.id and e.status = 'pending'))) < ${before}
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
    assistedAttempts: 0,
    paperScans: 0,
    replacedPhotos: 0,
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
