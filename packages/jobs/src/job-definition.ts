import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '@lifecert/core';
import type { Database, NewJob } from '@lifecert/db';

export type JobContext = {
  db: Kysely<Database>;
  clock: Clock;
  jobId: number;
  /** 1 on the first run */
  attempt: number;
  /** aborted when the runner stops: long handlers end early (their work is retry-safe) */
  signal: AbortSignal;
  enqueue(job: NewJob): Promise<number | null>;
  /**
   * Runs `fn` and marks the job done in one transaction: the handler's database effects happen
   * exactly once even if the worker dies or loses its lease. Call it last, at most once.
   */
  finish(fn: (trx: Transaction<Database>) => Promise<void>): Promise<void>;
};

export type JobDefinition<P> = {
  kind: string;
  /** checks the stored payload; throw PermanentJobError on garbage, retrying cannot fix it */
  parse(payload: unknown): P;
  run(payload: P, ctx: JobContext): Promise<void>;
  maxAttempts?: number;
  /** delay in ms before retry `attempt` */
  backoff?: (attempt: number) => number;
};

/** A definition with its payload type erased, as the runner's registry holds it. */
export type RegisteredJob = {
  kind: string;
  maxAttempts: number | undefined;
  backoff: ((attempt: number) => number) | undefined;
  execute(payload: unknown, ctx: JobContext): Promise<void>;
};

export const registerJob = <P>(def: JobDefinition<P>): RegisteredJob => ({
  kind: def.kind,
  maxAttempts: def.maxAttempts,
  backoff: def.backoff,
  execute: (payload, ctx) => def.run(def.parse(payload), ctx),
});

/** A failure no retry can fix (bad payload, missing campaign): the job fails at once. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

/** A recurring job: one instance per `everyMs` slot, however many runners enqueue it. */
export type Schedule = {
  name: string;
  kind: string;
  everyMs: number;
  payload?: Record<string, unknown>;
};
