import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-log.ts';
import { addCampaign2018, addPerson, certify } from '../lifecycle/test-people.ts';
import { createTestDb, type TestDb } from '../test-db.ts';
import { DEFAULT_RETENTION, purgeExpiredData } from './purge.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2019-09-01T02:00:00Z');
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();
const system = { kind: 'system' as const, id: 'retention-test' };

describe('purgeExpiredData', () => {
  let t: TestDb;
  let pensionerId: string;
  let open2019: string;
  let closed2018: string;

  const count = async (query: string) =>
    (await sql<{ n: number }>`${sql.raw(`select count(*)::int as n from ${query}`)}`.execute(t.db))
      .rows[0]!.n;

  const attempt = (campaignId: string, startedDaysAgo: number, challenge: string | null) =>
    sql`
    insert into self_service_attempts (pensioner_id, campaign_id, started_at, outcome,
      challenge_hash, expires_at)
    values (${pensionerId}, ${campaignId}, ${ago(startedDaysAgo)}, 'failed', ${challenge},
      ${new Date(NOW - startedDaysAgo * DAY + 120_000).toISOString()})`.execute(t.db);

  beforeAll(async () => {
    t = await createTestDb();
    pensionerId = (await addPerson(t.db)).id;
    closed2018 = (await addCampaign2018(t.db)).id;
    await sql`update campaigns set status = 'closed' where id = ${closed2018}`.execute(t.db);
    open2019 = (
      await sql<{ id: string }>`
        insert into campaigns (year, window_start, window_end, cutoff_date, exemption_date, status)
        values (2019, '2019-07-01', '2019-10-31', '2018-12-31', '2019-01-01', 'open')
        returning id`.execute(t.db)
    ).rows[0]!.id;

    // Certification photos: one past the 400-day period, one recent.
    for (const [campaignId, days] of [
      [closed2018, 401],
      [open2019, 20],
    ] as const) {
      const certId = await certify(t.db, { pensionerId, campaignId, atMs: NOW - days * DAY });
      await sql`insert into certification_photos (certification_id, jpeg, created_at)
        values (${certId}, ${Buffer.from([0xff, 0xd8, days])}, ${ago(days)})`.execute(t.db);
    }
    // Attempts: old in a closed campaign (goes), old in the open campaign (stays: it counts
    // towards the attempt limit), recent (stays, its expired challenge hash is cleared).
    await attempt(closed2018, 500, 'hash-old');
    await attempt(open2019, 450, null);
    await attempt(open2019, 3, 'hash-expired');
    await attempt(open2019, 0, 'hash-live');
    // Sessions: one expired a minute ago, one valid.
    for (const [hash, expiresAt] of [
      ['s-expired', new Date(NOW - 60_000)],
      ['s-valid', new Date(NOW + 3_600_000)],
    ] as const) {
      await sql`insert into sessions (token_hash, subject_kind, subject_id, expires_at)
        values (${hash}, 'pensioner', ${pensionerId}, ${expiresAt.toISOString()})`.execute(t.db);
    }
    // Failed logins: two days old and ten minutes old.
    for (const at of [ago(2), new Date(NOW - 600_000).toISOString()]) {
      await sql`insert into login_failures (subject_key, client_key, at)
        values ('k', 'c', ${at})`.execute(t.db);
    }
    // Jobs: done long ago, failed long ago, done yesterday, queued long ago (never purged).
    for (const [state, days] of [
      ['done', 40],
      ['failed', 40],
      ['done', 1],
      ['queued', 40],
    ] as const) {
      await sql`insert into jobs (kind, state, run_at, created_at, finished_at)
        values ('test', ${state}, ${ago(days)}, ${ago(days)},
          ${state === 'queued' ? null : ago(days)})`.execute(t.db);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('deletes what is past its period and keeps what is recent', async () => {
    const counts = await purgeExpiredData(t.db, {
      nowMs: NOW,
      periods: DEFAULT_RETENTION,
      actor: system,
      chunkSize: 1, // every table takes several chunks
    });
    expect(counts).toEqual({
      certificationPhotos: 1,
      attempts: 1,
      challenges: 1,
      sessions: 1,
      loginFailures: 1,
      jobs: 2,
      assistedAttempts: 0,
      paperScans: 0,
      replacedPhotos: 0,
    });
    const photos = await sql<{ days: number }>`
      select get_byte(jpeg, 2) as days from certification_photos`.execute(t.db);
    expect(photos.rows).toEqual([{ days: 20 }]);
    // The certification itself stays: only the photo had a retention period.
    expect(await count('certifications')).toBe(2);
    const attempts = await sql<{ campaign_id: string; challenge_hash: string | null }>`
      select campaign_id, challenge_hash from self_service_attempts order by started_at`.execute(
      t.db,
    );
    expect(attempts.rows).toEqual([
      { campaign_id: open2019, challenge_hash: null },
      { campaign_id: open2019, challenge_hash: null },
      { campaign_id: open2019, challenge_hash: 'hash-live' },
    ]);
    const sessions = await sql<{ token_hash: string }>`select token_hash from sessions`.execute(
      t.db,
    );
    expect(sessions.rows).toEqual([{ token_hash: 's-valid' }]);
    expect(await count('login_failures')).toBe(1);
    const jobs = await sql<{ state: string }>`select state from jobs order by id`.execute(t.db);
    expect(jobs.rows.map((j) => j.state)).toEqual(['done', 'queued']);
  });

  it('audits each purge as counts per table, never contents', async () => {
    const { rows } = await sql<{ entity: string; details: { count: number; before: string } }>`
      select entity, details from audit_log where action = 'retention.purged'
      order by seq`.execute(t.db);
    const total = new Map<string, number>();
    for (const r of rows) total.set(r.entity, (total.get(r.entity) ?? 0) + r.details.count);
    expect(Object.fromEntries(total)).toEqual({
      certification_photos: 1,
      self_service_attempts: 1,
      'self_service_attempts.challenge_hash': 1,
      sessions: 1,
      login_failures: 1,
      jobs: 2,
    });
    for (const r of rows) expect(Object.keys(r.details).sort()).toEqual(['before', 'count']);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('changes nothing, and audits nothing, when run again', async () => {
    const before = await count('audit_log');
    const counts = await purgeExpiredData(t.db, {
      nowMs: NOW,
      periods: DEFAULT_RETENTION,
      actor: system,
    });
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(await count('audit_log')).toBe(before);
  });

  it('honours shorter periods set by the agency', async () => {
    const counts = await purgeExpiredData(t.db, {
      nowMs: NOW,
      periods: { ...DEFAULT_RETENTION, certificationPhotoDays: 10 },
      actor: system,
    });
    expect(counts.certificationPhotos).toBe(1);
    expect(await count('certification_photos')).toBe(0);
  });
});
