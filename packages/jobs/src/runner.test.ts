import { sql, type Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createDb,
  createTestDb,
  enqueueJob,
  listJobs,
  type Database,
  type Db,
  type TestDb,
} from '@lifecert/db';
import { registerJob, PermanentJobError, type RegisteredJob } from './job-definition.ts';
import { createJobRunner, type JobEvent } from './runner.ts';

const T0 = Date.parse('2018-07-01T01:00:00Z');

const movableClock = (start = T0) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

/** A job whose only effect is one row per run, written in the completion transaction. */
const countJob = (worker: string, opts: { delayMs?: number } = {}): RegisteredJob =>
  registerJob<{ n: number }>({
    kind: 'test.count',
    parse: (p) => {
      const n = (p as { n?: unknown }).n;
      if (typeof n !== 'number') throw new PermanentJobError('payload needs n');
      return { n };
    },
    async run(payload, ctx) {
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      await ctx.finish(async (trx) => {
        await sql`insert into job_test_runs (job_id, n, worker) values (${ctx.jobId}, ${payload.n}, ${worker})`.execute(
          trx,
        );
      });
    },
  });

const createRunsTable = (db: Kysely<Database>) =>
  sql`create table if not exists job_test_runs (job_id bigint, n int, worker text)`.execute(db);

const runsPerJob = async (db: Kysely<Database>) => {
  const { rows } = await sql<{ job_id: number; runs: number }>`
    select job_id, count(*)::int as runs from job_test_runs group by job_id`.execute(db);
  return rows;
};

describe('job runner (single instance)', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await createRunsTable(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    await sql`delete from job_test_runs`.execute(t.db);
    await sql`delete from jobs`.execute(t.db);
  });

  it('runs each due job once and leaves future ones queued', async () => {
    const clock = movableClock();
    for (let n = 0; n < 12; n++) await enqueueJob(t.db, { kind: 'test.count', payload: { n } }, T0);
    await enqueueJob(t.db, { kind: 'test.count', payload: { n: 99 }, runAtMs: T0 + 60_000 }, T0);
    const runner = createJobRunner({ db: t.db, clock, workerId: 'w1', jobs: [countJob('w1')] });
    expect((await runner.drain()).done).toBe(12);
    expect((await runsPerJob(t.db)).every((r) => r.runs === 1)).toBe(true);
    expect((await listJobs(t.db)).filter((j) => j.state === 'queued')).toHaveLength(1);
    clock.advance(60_000);
    expect((await runner.drain()).done).toBe(1);
  });

  it('ignores a second enqueue with the same unique key', async () => {
    expect(
      await enqueueJob(t.db, { kind: 'test.count', payload: { n: 1 }, uniqueKey: 'k' }, T0),
    ).not.toBeNull();
    expect(
      await enqueueJob(t.db, { kind: 'test.count', payload: { n: 1 }, uniqueKey: 'k' }, T0),
    ).toBeNull();
  });

  it('retries with growing delays, then gives up', async () => {
    const clock = movableClock();
    const events: JobEvent[] = [];
    let calls = 0;
    const flaky = registerJob<object>({
      kind: 'test.flaky',
      parse: () => ({}),
      maxAttempts: 3,
      backoff: (attempt) => attempt * 1000,
      run: () => {
        calls += 1;
        return Promise.reject(new Error('provider down'));
      },
    });
    await enqueueJob(t.db, { kind: 'test.flaky', maxAttempts: 3 }, T0);
    const runner = createJobRunner({
      db: t.db,
      clock,
      workerId: 'w1',
      jobs: [flaky],
      onEvent: (e) => events.push(e),
    });
    await runner.drain();
    expect(calls).toBe(1);
    clock.advance(999);
    await runner.drain();
    expect(calls).toBe(1); // the first retry waits 1 s
    clock.advance(1);
    await runner.drain();
    clock.advance(2000);
    await runner.drain();
    clock.advance(1_000_000);
    await runner.drain();
    expect(calls).toBe(3);
    expect(events.map((e) => e.type)).toEqual(['retry', 'retry', 'failed']);
    expect(events[0]!.error).toBe('Error: provider down');
    const [job] = await listJobs(t.db, 'test.flaky');
    expect(job).toMatchObject({ state: 'failed', attempts: 3, last_error: 'Error: provider down' });
  });

  it('fails a job with a bad payload at once', async () => {
    await enqueueJob(t.db, { kind: 'test.count', payload: { wrong: true } }, T0);
    const runner = createJobRunner({
      db: t.db,
      clock: movableClock(),
      workerId: 'w',
      jobs: [countJob('w')],
    });
    expect(await runner.drain()).toMatchObject({ failed: 1, retried: 0 });
  });

  it("takes over a dead worker's job after its lease and discards the late finisher's work", async () => {
    const clock = movableClock();
    await enqueueJob(t.db, { kind: 'test.count', payload: { n: 7 } }, T0);
    // Worker A claims it and "dies" (never finishes in time).
    const { claimJobs, completeJob } = await import('@lifecert/db');
    const [claimed] = await claimJobs(t.db, {
      workerId: 'A',
      kinds: ['test.count'],
      nowMs: T0,
      leaseMs: 10_000,
      limit: 1,
    });
    const runnerB = createJobRunner({
      db: t.db,
      clock,
      workerId: 'B',
      jobs: [countJob('B')],
      leaseMs: 10_000,
    });
    expect((await runnerB.drain()).claimed).toBe(0); // still leased
    clock.advance(10_001);
    expect((await runnerB.drain()).done).toBe(1);
    // A wakes up and tries to finish: refused, so its effects roll back.
    await expect(
      t.db.transaction().execute(async (trx) => {
        await sql`insert into job_test_runs (job_id, n, worker) values (${claimed!.id}, 7, 'A')`.execute(
          trx,
        );
        await completeJob(
          trx,
          { id: claimed!.id, workerId: 'A', attempt: claimed!.attempt },
          clock.now(),
        );
      }),
    ).rejects.toThrow(/no longer held/);
    expect(await runsPerJob(t.db)).toEqual([{ job_id: claimed!.id, runs: 1 }]);
  });

  it('enqueues one job per schedule slot however often it ticks', async () => {
    const clock = movableClock();
    const runner = createJobRunner({
      db: t.db,
      clock,
      workerId: 'w',
      jobs: [countJob('w')],
      schedules: [{ name: 'count', kind: 'test.count', everyMs: 3_600_000, payload: { n: 1 } }],
    });
    await runner.drain();
    await runner.drain();
    clock.advance(1_800_000);
    await runner.drain();
    // T0 is on the hour, so half an hour later is still the same slot.
    expect(await runsPerJob(t.db)).toHaveLength(1);
    clock.advance(3_600_000);
    await runner.drain();
    expect(await runsPerJob(t.db)).toHaveLength(2);
  });

  it('stops gracefully: the running job sees the signal and finishes before stop() resolves', async () => {
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const seen: boolean[] = [];
    const slow = registerJob<Record<string, never>>({
      kind: 'test.slow',
      parse: () => ({}),
      async run(_p, ctx) {
        started();
        await new Promise<void>((r) => ctx.signal.addEventListener('abort', () => r()));
        seen.push(ctx.signal.aborted);
        await new Promise((r) => setTimeout(r, 200));
        await ctx.finish(async (trx) => {
          await sql`insert into job_test_runs (job_id, n, worker) values (${ctx.jobId}, 0, 'slow')`.execute(
            trx,
          );
        });
      },
    });
    const id = (await enqueueJob(t.db, { kind: 'test.slow' }, Date.now()))!;
    const runner = createJobRunner({
      db: t.db,
      clock: { now: () => Date.now() },
      workerId: 'w',
      jobs: [slow],
      pollMs: 60_000,
    });
    runner.start();
    await running;
    await runner.stop();
    expect(seen).toEqual([true]);
    expect(await runsPerJob(t.db)).toEqual([{ job_id: id, runs: 1 }]);
    expect((await listJobs(t.db, 'test.slow'))[0]).toMatchObject({ state: 'done' });
    // An idle loop waiting out its poll interval stops at once, not after pollMs.
    runner.start();
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, 100));
    await runner.stop();
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

// Two server instances = two pools on one PostgreSQL database, each with its own runner loop.
describe.skipIf(!process.env.TEST_DATABASE_URL)('job runner (two instances on PostgreSQL)', () => {
  let t: TestDb;
  let second: Db;
  beforeAll(async () => {
    t = await createTestDb();
    second = await createDb({ databaseUrl: t.databaseUrl!, maxConnections: 4 });
    await createRunsTable(t.db);
  });
  afterEach(async () => {
    await sql`delete from job_test_runs`.execute(t.db);
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('runs every job exactly once between them, both doing work', async () => {
    const clock = { now: () => Date.now() };
    const jobs = 200;
    for (let n = 0; n < jobs; n++) {
      await enqueueJob(t.db, { kind: 'test.count', payload: { n } }, clock.now());
    }
    const a = createJobRunner({
      db: t.db,
      clock,
      workerId: 'A',
      jobs: [countJob('A', { delayMs: 2 })],
      pollMs: 10,
    });
    const b = createJobRunner({
      db: second.db,
      clock,
      workerId: 'B',
      jobs: [countJob('B', { delayMs: 2 })],
      pollMs: 10,
    });
    a.start();
    b.start();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from jobs where state <> 'done'`.execute(t.db);
      if (rows[0]!.n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all([a.stop(), b.stop()]);
    const runs = await runsPerJob(t.db);
    expect(runs).toHaveLength(jobs);
    expect(runs.filter((r) => r.runs !== 1)).toEqual([]);
    const { rows: byWorker } = await sql<{ worker: string; n: number }>`
      select worker, count(*)::int as n from job_test_runs group by worker order by worker`.execute(
      t.db,
    );
    expect(byWorker.map((w) => w.worker)).toEqual(['A', 'B']);
  });
});
