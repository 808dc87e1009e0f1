import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeCodeMatches } from '@lifecert/core';
import { createTestDb, type TestDb } from '../test-db.ts';
import { queueStatusNotices } from './status-notices-repo.ts';
import { addCampaign2018, addPerson } from './test-people.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2018-11-07T01:00:00Z');
const secret = 'status-notice-test-secret-0123456789';
const actor = { kind: 'system' as const, id: 'test' };

describe('queueStatusNotices', () => {
  let t: TestDb;
  let campaignId: string;
  let batchId: string;

  const change = (
    pensionerId: string,
    reason: 'not_certified' | 'certified_late' | 'deceased',
    atMs: number,
    batch: string | null = batchId,
  ) =>
    sql`
    insert into benefit_status_changes (pensioner_id, from_status, to_status, reason, batch_id,
      campaign_id, effective_on, at)
    values (${pensionerId}, 'active', 'suspended', ${reason}, ${batch}, ${campaignId},
      '2018-12-01', ${new Date(atMs).toISOString()})`.execute(t.db);

  const notices = async () =>
    (
      await sql<{ id: string; pensioner_id: string; kind: string; code: string }>`
        select id, pensioner_id, kind, code from sms_notices order by kind, pensioner_id`.execute(
        t.db,
      )
    ).rows;

  beforeAll(async () => {
    t = await createTestDb();
    campaignId = (await addCampaign2018(t.db)).id;
    batchId = randomUUID();
    await sql`insert into payment_batches (id, kind, campaign_id, state, as_of, created_at)
      values (${batchId}, 'suspension', ${campaignId}, 'committed', now(), now())`.execute(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('announces each recent committed change once, and only the latest one, to people with a mobile', async () => {
    const suspended = (await addPerson(t.db)).id;
    const noMobile = (await addPerson(t.db, { mobile: null })).id;
    const longAgo = (await addPerson(t.db)).id;
    const resumedSince = (await addPerson(t.db)).id;
    const died = (await addPerson(t.db)).id;
    await change(suspended, 'not_certified', NOW - DAY);
    await change(noMobile, 'not_certified', NOW - DAY);
    await change(longAgo, 'not_certified', NOW - 30 * DAY);
    await change(resumedSince, 'not_certified', NOW - 2 * DAY);
    await change(resumedSince, 'certified_late', NOW - DAY);
    await change(died, 'not_certified', NOW - 2 * DAY);
    await change(died, 'deceased', NOW - DAY, null);

    const opts = { nowMs: NOW, sinceMs: NOW - 7 * DAY, secret, newId: randomUUID, actor };
    expect(await queueStatusNotices(t.db, { ...opts, pageSize: 1 })).toEqual({
      suspension: 1,
      resumption: 1,
    });
    const rows = await notices();
    expect(rows.map((r) => [r.kind, r.pensioner_id])).toEqual([
      ['resumption', resumedSince],
      ['suspension', suspended],
    ]);
    for (const r of rows) expect(noticeCodeMatches(secret, r.id, r.code)).toBe(true);

    expect(await queueStatusNotices(t.db, opts)).toEqual({ suspension: 0, resumption: 0 });
    expect(await notices()).toHaveLength(2);
    const { rows: audit } = await sql<{ details: unknown }>`
      select details from audit_log where action = 'sms_notices.queued' order by seq`.execute(t.db);
    // One entry per page of changes (page size 1 here), counts only.
    expect(audit.map((a) => a.details)).toEqual([
      { suspension: 1, resumption: 0 },
      { suspension: 0, resumption: 1 },
    ]);
  });
});
