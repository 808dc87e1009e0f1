import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCampaign2018, addPerson, createTestDb, listJobs, type TestDb } from '@lifecert/db';
import { lifecycleSchedules } from '@lifecert/jobs';
import { REPO_ROOT } from '../../context.ts';

const BIN = path.join(REPO_ROOT, 'apps/cli/bin/lifecert.js');

// `lifecert serve` as an operator runs it: it starts the job runner after the server listens and,
// on SIGTERM, stops it before closing the database. A new process loads the face models (~20 s),
// so like the other process tests this runs only against PostgreSQL (CI's TEST_DATABASE_URL pass).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.runIf(onPostgres)('lifecert serve runs the job runner', { timeout: 120_000 }, () => {
  let t: TestDb;
  let dir: string;

  beforeAll(async () => {
    t = await createTestDb();
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecert-serve-'));
  });
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts it with the server, announces a committed suspension, and stops it on SIGTERM', async () => {
    const person = await addPerson(t.db, { mobile: '13912345678', benefitStatus: 'suspended' });
    const campaign = await addCampaign2018(t.db);
    const batchId = randomUUID();
    const at = new Date(Date.now() - 60_000).toISOString();
    await sql`insert into payment_batches (id, kind, campaign_id, state, as_of, created_at, committed_at)
      values (${batchId}, 'suspension', ${campaign.id}, 'committed', ${at}, ${at}, ${at})`.execute(
      t.db,
    );
    await sql`insert into benefit_status_changes (pensioner_id, from_status, to_status, reason,
        batch_id, campaign_id, effective_on, at)
      values (${person.id}, 'active', 'suspended', 'not_certified', ${batchId}, ${campaign.id},
        '2018-12-01', ${at})`.execute(t.db);

    const outbox = path.join(dir, 'outbox.jsonl');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: t.databaseUrl,
      DATA_DIR: dir,
      PORT: '0',
      LOG_LEVEL: 'info',
      FACE_THREADS: '1',
      SMS_PROVIDER: 'file',
      SMS_FILE: outbox,
    };
    delete env.PROFILE;
    delete env.JOBS;
    const child = spawn('node', [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    try {
      await expect
        .poll(() => readFile(outbox, 'utf8').catch(() => ''), { timeout: 90_000, interval: 250 })
        .toContain('暂停发放');
      expect(out).toContain('lifecert is running');
      expect(out).toContain('job runner started');
      const kinds = new Set((await listJobs(t.db)).map((j) => j.kind));
      for (const s of lifecycleSchedules()) expect(kinds).toContain(s.kind);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('job runner stopped');
    expect((await listJobs(t.db)).filter((j) => j.state === 'running')).toEqual([]);
    const lines = (await readFile(outbox, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('139****5678');
  });
});
