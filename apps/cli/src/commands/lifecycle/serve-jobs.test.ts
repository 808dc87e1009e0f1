import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '@lifecert/config';
import {
  addCampaign2018,
  addPerson,
  createTestDb,
  listJobs,
  noticeCounts,
  type TestDb,
} from '@lifecert/db';
import { lifecycleSchedules } from '@lifecert/jobs';
import { startServeJobs } from './serve-jobs.ts';

const waitFor = async (check: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
};

describe('the job runner inside serve', () => {
  let t: TestDb;
  let dir: string;

  beforeAll(async () => {
    t = await createTestDb();
    dir = await mkdtemp(join(tmpdir(), 'lifecert-serve-jobs-'));
  });
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is not started with JOBS=off', async () => {
    const config = parseConfig({ JOBS: 'off' });
    expect(startServeJobs({ config, db: t.db, clock: { now: () => Date.now() } })).toBeNull();
    expect(await listJobs(t.db)).toEqual([]);
  });

  it('runs every schedule, announces a committed suspension through the configured SMS file, and stops', async () => {
    const outbox = join(dir, 'outbox.jsonl');
    const config = parseConfig({ SMS_PROVIDER: 'file', SMS_FILE: outbox });
    // A suspension an administrator committed a minute ago, while no runner was up.
    const person = await addPerson(t.db, { mobile: '13912345678', benefitStatus: 'suspended' });
    const campaign = await addCampaign2018(t.db);
    const batchId = randomUUID();
    const committedAt = new Date(Date.now() - 60_000).toISOString();
    await sql`insert into payment_batches (id, kind, campaign_id, state, as_of, created_at, committed_at)
      values (${batchId}, 'suspension', ${campaign.id}, 'committed', ${committedAt}, ${committedAt},
        ${committedAt})`.execute(t.db);
    await sql`insert into benefit_status_changes (pensioner_id, from_status, to_status, reason,
        batch_id, campaign_id, effective_on, at)
      values (${person.id}, 'active', 'suspended', 'not_certified', ${batchId}, ${campaign.id},
        '2018-12-01', ${committedAt})`.execute(t.db);

    const events: string[] = [];
    const runner = startServeJobs({
      config,
      db: t.db,
      clock: { now: () => Date.now() },
      onEvent: (e) => events.push(`${e.kind}:${e.type}`),
      pollMs: 200,
    })!;
    expect(runner).not.toBeNull();
    try {
      await waitFor(async () => (await noticeCounts(t.db)).sent === 1);
      const scheduled = new Set((await listJobs(t.db)).map((j) => j.kind));
      for (const s of lifecycleSchedules()) expect(scheduled).toContain(s.kind);
    } finally {
      await runner.stop();
    }
    const lines = (await readFile(outbox, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const message = JSON.parse(lines[0]!) as { to: string; text: string };
    expect(message.to).toBe('139****5678');
    expect(message.text).toContain('自12月1日起暂停发放');
    expect(events.filter((e) => !e.endsWith(':done'))).toEqual([]);

    // Stopped means stopped: nothing is claimed or left running afterwards.
    const jobs = await listJobs(t.db);
    expect(jobs.filter((j) => j.state === 'running')).toEqual([]);
    await sql`update jobs set run_at = now() - interval '1 minute' where state = 'queued'`.execute(
      t.db,
    );
    await new Promise((r) => setTimeout(r, 600));
    expect(await listJobs(t.db)).toEqual(await listJobs(t.db));
    expect((await listJobs(t.db)).filter((j) => j.state === 'done')).toHaveLength(
      jobs.filter((j) => j.state === 'done').length,
    );
  });
});
