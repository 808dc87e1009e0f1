import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-log.ts';
import { addCampaign2018, addPerson, addStaff } from '../lifecycle/test-people.ts';
import { createTestDb, type TestDb } from '../test-db.ts';
import { DEFAULT_RETENTION, purgeExpiredData } from './purge.ts';

// The tables features added after the retention job was written: assisted face attempts, scans
// of paper proofs and replaced reference photos (docs/data-protection.md, "Retention").

const DAY = 86_400_000;
const NOW = Date.parse('2019-09-01T02:00:00Z');
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();
const system = { kind: 'system' as const, id: 'retention-test' };

describe('purgeExpiredData on the feature tables', () => {
  let t: TestDb;
  let pensionerId: string;
  let clerk: string;
  let reviewer: string;
  let orgId: string;
  let open2019: string;
  let closed2018: string;

  const rows = async <R>(query: string) => (await sql<R>`${sql.raw(query)}`.execute(t.db)).rows;

  const assisted = (tag: string, campaignId: string, days: number) =>
    sql`insert into assisted_face_attempts (pensioner_id, campaign_id, staff_id, organisation_id,
        channel, challenge_hash, actions, issued_at, expires_at, outcome)
      values (${pensionerId}, ${campaignId}, ${clerk}, ${orgId}, 'counter', ${tag}, '["nod"]',
        ${ago(days)}, ${ago(days)}, 'failed')`.execute(t.db);

  const paperProof = async (tag: number, state: 'pending' | 'rejected', decidedDaysAgo: number) => {
    const proofId = randomUUID();
    // One pending proof per person and campaign: each proof gets its own person.
    const person = (await addPerson(t.db)).id;
    const review = (
      await sql<{ id: string }>`insert into pending_reviews (pensioner_id, campaign_id, kind,
          opened_at) values (${person}, ${closed2018}, 'offsite_form', ${ago(500)})
        returning id`.execute(t.db)
    ).rows[0]!.id;
    const decided = state !== 'pending';
    await sql`insert into paper_proofs (id, kind, pensioner_id, campaign_id, pending_review_id,
        delivery, received_on, recorded_by, recorded_at, state, reviewed_by, reviewed_at,
        reject_reason)
      values (${proofId}, 'offsite_form', ${person}, ${closed2018}, ${review}, 'post',
        '2018-08-01', ${clerk}, ${ago(500)}, ${state}, ${decided ? reviewer : null},
        ${decided ? ago(decidedDaysAgo) : null}, ${decided ? '印章不清楚' : null})`.execute(t.db);
    await sql`insert into paper_proof_scans (proof_id, content_type, byte_size, sha256, data)
      values (${proofId}, 'application/pdf', 1, ${'a'.repeat(64)},
        ${Buffer.from([tag])})`.execute(t.db);
    return proofId;
  };

  const photo = async (tag: number, active: boolean, enrolledDaysAgo: number, person?: string) =>
    (
      await sql<{ id: string }>`insert into reference_photos (pensioner_id, jpeg, embedding, model,
          enrolled_at, active)
        values (${person ?? pensionerId}, ${Buffer.from([0xff, 0xd8, tag])},
          ${Buffer.from([1, 2, 3, 4])},
          'test-model', ${ago(enrolledDaysAgo)}, ${active})
        returning id`.execute(t.db)
    ).rows[0]!.id;

  const enrolment = (
    photoId: string,
    status: 'pending' | 'approved',
    days: number,
    replaced: string | null,
  ) =>
    sql`insert into photo_enrolments (pensioner_id, photo_id, source, reason, quality,
        requested_by, organisation_id, requested_at, status, decided_by, decided_at,
        replaced_photo_id)
      values (${pensionerId}, ${photoId}, 'camera', '旧照片无法比对', '{}', ${clerk}, ${orgId},
        ${ago(days)}, ${status}, ${status === 'pending' ? null : reviewer},
        ${status === 'pending' ? null : ago(days)}, ${replaced})`.execute(t.db);

  beforeAll(async () => {
    t = await createTestDb();
    pensionerId = (await addPerson(t.db)).id;
    clerk = await addStaff(t.db);
    reviewer = await addStaff(t.db, 'reviewer');
    orgId = (
      await sql<{ organisation_id: string }>`select organisation_id from staff_accounts
        where id = ${clerk}`.execute(t.db)
    ).rows[0]!.organisation_id;
    closed2018 = (await addCampaign2018(t.db)).id;
    await sql`update campaigns set status = 'closed' where id = ${closed2018}`.execute(t.db);
    open2019 = (
      await sql<{ id: string }>`
        insert into campaigns (year, window_start, window_end, cutoff_date, exemption_date, status)
        values (2019, '2019-07-01', '2019-10-31', '2018-12-31', '2019-01-01', 'open')
        returning id`.execute(t.db)
    ).rows[0]!.id;

    // Assisted attempts: old of a closed campaign (goes), old of the open campaign and recent
    // (stay).
    await assisted('closed-old', closed2018, 401);
    await assisted('open-old', open2019, 450);
    await assisted('closed-recent', closed2018, 300);

    // Paper scans: decided long ago (goes), decided recently (stays), pending for long (stays:
    // the review needs it).
    await paperProof(1, 'rejected', 401);
    await paperProof(2, 'rejected', 20);
    await paperProof(3, 'pending', 0);

    // Reference photos: photo 1 replaced by photo 2 401 days ago (erased), photo 2 replaced by
    // photo 3 ten days ago (kept), photo 3 active (kept), photo 4 an old pending candidate (kept).
    const p1 = await photo(1, false, 800);
    const p2 = await photo(2, false, 401);
    const p3 = await photo(3, true, 10);
    const p4 = await photo(4, false, 500);
    await enrolment(p2, 'approved', 401, p1);
    await enrolment(p3, 'approved', 10, p2);
    await enrolment(p4, 'pending', 500, null);
    // A bulk import replaced photo 5 nine days ago with photo 6 (no enrolment row): kept.
    const imported = (await addPerson(t.db)).id;
    await photo(5, false, 900, imported);
    await photo(6, true, 9, imported);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('deletes or erases what is past its period and keeps what is recent or still needed', async () => {
    const counts = await purgeExpiredData(t.db, {
      nowMs: NOW,
      periods: DEFAULT_RETENTION,
      actor: system,
      chunkSize: 1,
    });
    expect(counts).toMatchObject({ assistedAttempts: 1, paperScans: 1, replacedPhotos: 1 });

    const attempts = await rows<{ challenge_hash: string }>(
      'select challenge_hash from assisted_face_attempts order by challenge_hash',
    );
    expect(attempts.map((a) => a.challenge_hash)).toEqual(['closed-recent', 'open-old']);

    const scans = await rows<{ tag: number }>(
      'select get_byte(data, 0) as tag from paper_proof_scans order by 1',
    );
    expect(scans).toEqual([{ tag: 2 }, { tag: 3 }]);
    // The proof and its decision stay: only the scan had a retention period.
    expect(await rows('select id from paper_proofs')).toHaveLength(3);

    const photos = await rows<{ tag: number; size: number; embedding: boolean }>(
      `select get_byte(jpeg || '\\x000000'::bytea, 2) as tag, octet_length(jpeg)::int as size,
         embedding is not null as embedding
       from reference_photos order by enrolled_at`,
    );
    expect(photos).toEqual([
      { tag: 5, size: 3, embedding: true }, // imported, replaced nine days ago
      { tag: 0, size: 0, embedding: false }, // photo 1, replaced 401 days ago: erased
      { tag: 4, size: 3, embedding: true }, // pending candidate, however old
      { tag: 2, size: 3, embedding: true }, // replaced ten days ago
      { tag: 3, size: 3, embedding: true }, // active
      { tag: 6, size: 3, embedding: true }, // active
    ]);
    // The enrolment history keeps pointing at the erased row.
    expect(
      await rows('select id from photo_enrolments where replaced_photo_id is not null'),
    ).toHaveLength(2);
  });

  it('audits counts per table only, and does nothing more when run again', async () => {
    const audit = await rows<{ entity: string; details: Record<string, unknown> }>(
      `select entity, details from audit_log where action = 'retention.purged' order by seq`,
    );
    expect(audit.map((a) => a.entity).sort()).toEqual([
      'assisted_face_attempts',
      'paper_proof_scans',
      'reference_photos.jpeg',
    ]);
    for (const a of audit) expect(Object.keys(a.details).sort()).toEqual(['before', 'count']);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);

    const again = await purgeExpiredData(t.db, {
      nowMs: NOW,
      periods: DEFAULT_RETENTION,
      actor: system,
    });
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
  });

  it('honours shorter periods set by the agency', async () => {
    const counts = await purgeExpiredData(t.db, {
      nowMs: NOW,
      periods: { ...DEFAULT_RETENTION, paperScanDays: 10, replacedPhotoDays: 5 },
      actor: system,
    });
    expect(counts).toMatchObject({ paperScans: 1, replacedPhotos: 2 });
    const left = await rows<{ tag: number }>(
      'select get_byte(data, 0) as tag from paper_proof_scans',
    );
    expect(left).toEqual([{ tag: 3 }]);
  });
});
