import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export type NewJob = {
  kind: string;
  payload?: Record<string, unknown>;
  /** earliest run instant, epoch ms; default: now */
  runAtMs?: number;
  /** a second enqueue with the same key is ignored (one job per schedule slot, per step...) */
  uniqueKey?: string;
  maxAttempts?: number;
};

export type ClaimedJob = {
  id: number;
  kind: string;
  payload: unknown;
  /** 1 on the first run */
  attempt: number;
  maxAttempts: number;
};

/** The claim a worker holds; finishing checks it so a worker that lost its lease changes nothing. */
export type JobClaim = { id: number; workerId: string; attempt: number };

export class LostJobClaimError extends Error {
  override name = 'LostJobClaimError';
}

const at = (ms: number) => new Date(ms).toISOString();

/** Returns the new job's id, or null when a job with the same unique key exists. */
export const enqueueJob = async (
  db: Kysely<Database>,
  job: NewJob,
  nowMs: number,
): Promise<number | null> => {
  const { rows } = await sql<{ id: number }>`
    insert into jobs (kind, payload, run_at, unique_key, max_attempts, created_at)
    values (${job.kind}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${at(job.runAtMs ?? nowMs)},
      ${job.uniqueKey ?? null}, ${job.maxAttempts ?? 5}, ${at(nowMs)})
    on conflict (unique_key) do nothing
    returning id`.execute(db);
  return rows[0]?.id ?? null;
};

/**
 * Claims up to `limit` due jobs of the given kinds for `workerId`. SKIP LOCKED lets any number of
 * instances claim at once without waiting on or taking each other's rows. A running job whose
 * lease expired (its worker died) is claimed again, or marked failed when out of attempts.
 */
export const claimJobs = async (
  db: Kysely<Database>,
  opts: {
    workerId: string;
    kinds: readonly string[];
    nowMs: number;
    leaseMs: number;
    limit: number;
  },
): Promise<ClaimedJob[]> => {
  const now = at(opts.nowMs);
  await sql`
    update jobs set state = 'failed', finished_at = ${now}, locked_by = null, locked_until = null,
      last_error = coalesce(last_error, 'lease expired on the last attempt')
    where state = 'running' and locked_until < ${now} and attempts >= max_attempts`.execute(db);
  const { rows } = await sql<{
    id: number;
    kind: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
  }>`
    update jobs set state = 'running', locked_by = ${opts.workerId},
      locked_until = ${at(opts.nowMs + opts.leaseMs)}, attempts = attempts + 1
    where id in (
      select id from jobs
      where kind = any(${[...opts.kinds]}::text[])
        and ((state = 'queued' and run_at <= ${now})
          or (state = 'running' and locked_until < ${now} and attempts < max_attempts))
      order by run_at, id
      limit ${opts.limit}
      for update skip locked)
    returning id, kind, payload, attempts, max_attempts`.execute(db);
  return rows
    .sort((a, b) => a.id - b.id)
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      payload: r.payload,
      attempt: r.attempts,
      maxAttempts: r.max_attempts,
    }));
};

/**
 * Marks the job done inside the caller's transaction, so the handler's database effects and the
 * completion commit together. Throws LostJobClaimError (rolling everything back) when another
 * worker took the job over after this one's lease expired.
 */
export const completeJob = async (
  trx: Transaction<Database> | Kysely<Database>,
  claim: JobClaim,
  nowMs: number,
): Promise<void> => {
  const r = await sql`
    update jobs set state = 'done', finished_at = ${at(nowMs)}, locked_by = null,
      locked_until = null
    where id = ${claim.id} and state = 'running' and locked_by = ${claim.workerId}
      and attempts = ${claim.attempt}`.execute(trx);
  if (Number(r.numAffectedRows ?? 0n) !== 1) {
    throw new LostJobClaimError(`job ${claim.id} is no longer held by ${claim.workerId}`);
  }
};

/** Records a failure: back to the queue at `retryAtMs`, or failed when out of attempts. */
export const failJob = async (
  db: Kysely<Database>,
  claim: JobClaim,
  opts: { nowMs: number; retryAtMs: number; error: string; final?: boolean },
): Promise<'retry' | 'failed' | 'lost'> => {
  const { rows } = await sql<{ state: 'queued' | 'failed' }>`
    update jobs set
      state = case when ${opts.final ?? false}::boolean or attempts >= max_attempts then 'failed' else 'queued' end,
      run_at = ${at(opts.retryAtMs)},
      finished_at = case when ${opts.final ?? false}::boolean or attempts >= max_attempts then ${at(opts.nowMs)}::timestamptz end,
      last_error = ${opts.error.slice(0, 500)}, locked_by = null, locked_until = null
    where id = ${claim.id} and state = 'running' and locked_by = ${claim.workerId}
      and attempts = ${claim.attempt}
    returning state`.execute(db);
  const state = rows[0]?.state;
  return state === undefined ? 'lost' : state === 'queued' ? 'retry' : 'failed';
};

/** Pushes the lease of a long job forward; false when the claim was lost. */
export const extendJobLease = async (
  db: Kysely<Database>,
  claim: JobClaim,
  untilMs: number,
): Promise<boolean> => {
  const r = await sql`
    update jobs set locked_until = ${at(untilMs)}
    where id = ${claim.id} and state = 'running' and locked_by = ${claim.workerId}
      and attempts = ${claim.attempt}`.execute(db);
  return Number(r.numAffectedRows ?? 0n) === 1;
};

export type JobRow = {
  id: number;
  kind: string;
  state: string;
  attempts: number;
  last_error: string | null;
  unique_key: string | null;
};

export const listJobs = async (db: Kysely<Database>, kind?: string): Promise<JobRow[]> => {
  const { rows } = await sql<JobRow>`
    select id, kind, state, attempts, last_error, unique_key from jobs
    where ${kind ?? null}::text is null or kind = ${kind ?? null}
    order by id`.execute(db);
  return rows;
};
