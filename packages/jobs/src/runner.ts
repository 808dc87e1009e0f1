import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Clock } from '@lifecert/core';
import {
  LostJobClaimError,
  claimJobs,
  completeJob,
  enqueueJob,
  extendJobLease,
  failJob,
  type ClaimedJob,
  type Database,
  type JobClaim,
} from '@lifecert/db';
import { exponentialBackoff } from './backoff.ts';
import {
  PermanentJobError,
  type JobContext,
  type RegisteredJob,
  type Schedule,
} from './job-definition.ts';

export type JobEvent = {
  type: 'done' | 'retry' | 'failed' | 'lost';
  kind: string;
  jobId: number;
  attempt: number;
  /** error name and message; handlers never put personal data in errors */
  error?: string;
};

export type RunnerOptions = {
  db: Kysely<Database>;
  clock: Clock;
  /** unique per process, e.g. host:pid:random */
  workerId: string;
  jobs: readonly RegisteredJob[];
  schedules?: readonly Schedule[];
  /** a claim lasts this long and is renewed while the handler runs (default 5 min) */
  leaseMs?: number;
  /** jobs claimed per tick (default 5) */
  batchSize?: number;
  /** wait between empty ticks in the loop (default 1 s) */
  pollMs?: number;
  onEvent?: (event: JobEvent) => void;
};

export type TickResult = {
  claimed: number;
  done: number;
  retried: number;
  failed: number;
  lost: number;
};

export type JobRunner = {
  /** enqueues due schedule slots, then claims and runs one batch */
  tick(): Promise<TickResult>;
  /** ticks until a tick claims nothing; for tests and one-shot commands */
  drain(maxTicks?: number): Promise<TickResult>;
  /** background loop until stop() */
  start(): void;
  /** ends the loop: handlers see ctx.signal aborted, and stop() resolves once they returned */
  stop(): Promise<void>;
};

const describe = (e: unknown) =>
  (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 500);

/**
 * A PostgreSQL-backed job runner (PGlite too) that any number of instances share: jobs are
 * claimed with FOR UPDATE SKIP LOCKED under a lease, finished with a fenced update, retried with
 * exponential backoff, and recurring work is enqueued once per schedule slot by unique key.
 */
export const createJobRunner = (opts: RunnerOptions): JobRunner => {
  const leaseMs = opts.leaseMs ?? 300_000;
  const byKind = new Map(opts.jobs.map((j) => [j.kind, j]));
  const kinds = [...byKind.keys()];
  const defaultBackoff = exponentialBackoff();
  let loop: Promise<void> | null = null;
  let stopping = false;
  let abort = new AbortController();

  const enqueueSchedules = async (nowMs: number) => {
    for (const s of opts.schedules ?? []) {
      const slot = Math.floor(nowMs / s.everyMs);
      await enqueueJob(
        opts.db,
        {
          kind: s.kind,
          payload: s.payload ?? {},
          runAtMs: slot * s.everyMs,
          uniqueKey: `schedule:${s.name}:${slot}`,
        },
        nowMs,
      );
    }
  };

  const runOne = async (job: ClaimedJob): Promise<JobEvent['type']> => {
    const def = byKind.get(job.kind)!;
    const claim: JobClaim = { id: job.id, workerId: opts.workerId, attempt: job.attempt };
    let finished = false;
    const ctx: JobContext = {
      db: opts.db,
      clock: opts.clock,
      jobId: job.id,
      attempt: job.attempt,
      signal: abort.signal,
      enqueue: (j) => enqueueJob(opts.db, j, opts.clock.now()),
      finish: async (fn) => {
        if (finished) throw new Error('finish() called twice');
        finished = true;
        await opts.db.transaction().execute(async (trx) => {
          await fn(trx);
          await completeJob(trx, claim, opts.clock.now());
        });
      },
    };
    // Long handlers keep their claim; a dead worker's claim runs out and another takes over.
    const heartbeat = setInterval(
      () => {
        void extendJobLease(opts.db, claim, opts.clock.now() + leaseMs).catch(() => undefined);
      },
      Math.max(1000, leaseMs / 3),
    );
    heartbeat.unref();
    try {
      await def.execute(job.payload, ctx);
      if (!finished) await ctx.finish(async () => {});
      emit('done', job);
      return 'done';
    } catch (e) {
      if (e instanceof LostJobClaimError) {
        emit('lost', job, e);
        return 'lost';
      }
      const nowMs = opts.clock.now();
      const backoff = def.backoff ?? defaultBackoff;
      const outcome = await failJob(opts.db, claim, {
        nowMs,
        retryAtMs: nowMs + backoff(job.attempt),
        error: describe(e),
        final: e instanceof PermanentJobError,
      });
      const type = outcome === 'retry' ? 'retry' : outcome === 'failed' ? 'failed' : 'lost';
      emit(type, job, e);
      return type;
    } finally {
      clearInterval(heartbeat);
    }
  };

  const emit = (type: JobEvent['type'], job: ClaimedJob, e?: unknown) =>
    opts.onEvent?.({
      type,
      kind: job.kind,
      jobId: job.id,
      attempt: job.attempt,
      ...(e === undefined ? {} : { error: describe(e) }),
    });

  const tick = async (): Promise<TickResult> => {
    const nowMs = opts.clock.now();
    await enqueueSchedules(nowMs);
    const jobs = await claimJobs(opts.db, {
      workerId: opts.workerId,
      kinds,
      nowMs,
      leaseMs,
      limit: opts.batchSize ?? 5,
    });
    const result: TickResult = { claimed: jobs.length, done: 0, retried: 0, failed: 0, lost: 0 };
    for (const job of jobs) {
      const type = await runOne(job);
      if (type === 'done') result.done += 1;
      else if (type === 'retry') result.retried += 1;
      else if (type === 'failed') result.failed += 1;
      else result.lost += 1;
    }
    return result;
  };

  return {
    tick,
    async drain(maxTicks = 1000) {
      const total: TickResult = { claimed: 0, done: 0, retried: 0, failed: 0, lost: 0 };
      for (let i = 0; i < maxTicks; i++) {
        const r = await tick();
        for (const k of Object.keys(total) as (keyof TickResult)[]) total[k] += r[k];
        if (r.claimed === 0) break;
      }
      return total;
    },
    start() {
      if (loop) return;
      stopping = false;
      abort = new AbortController();
      const { signal } = abort;
      loop = (async () => {
        while (!stopping) {
          const r = await tick().catch((e: unknown) => {
            opts.onEvent?.({
              type: 'failed',
              kind: 'runner',
              jobId: 0,
              attempt: 0,
              error: describe(e),
            });
            return null;
          });
          if (!stopping && (r === null || r.claimed === 0)) {
            await sleep(opts.pollMs ?? 1000, undefined, { signal }).catch(() => undefined);
          }
        }
      })();
    },
    async stop() {
      stopping = true;
      abort.abort();
      await loop;
      loop = null;
      abort = new AbortController();
    },
  };
};
