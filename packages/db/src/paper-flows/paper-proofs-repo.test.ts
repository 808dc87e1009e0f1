import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDayStart } from '@lifecert/core';
import { verifyAuditChain } from '../audit-log.ts';
import { suspensionDryRun } from '../lifecycle/closeout.ts';
import { lifecycleCampaign } from '../lifecycle/lifecycle-campaign.ts';
import { addCampaign2018, addPerson, addStaff } from '../lifecycle/test-people.ts';
import type { Campaign } from '../schema.ts';
import { createTestDb, type TestDb } from '../test-db.ts';
import { paperDb } from './schema.ts';
import {
  decidePaperProof,
  getPaperProofScan,
  getScopedPaperProof,
  hasPendingPaperProof,
  listPaperProofs,
  purgeDecidedPaperScans,
  recordPaperProof,
  sha256Hex,
  type NewPaperProof,
} from './paper-proofs-repo.ts';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0]);
const AT = Date.parse('2018-08-01T02:00:00Z');

describe('paper proofs repository', () => {
  let t: TestDb;
  let campaign: Campaign;
  let clerk: string;
  let reviewer: string;

  beforeAll(async () => {
    t = await createTestDb();
    campaign = await addCampaign2018(t.db);
    clerk = await addStaff(t.db, 'admin');
    reviewer = await addStaff(t.db, 'reviewer');
  });
  afterAll(async () => {
    await t?.close();
  });

  const record = async (pensionerId: string, extra: Partial<NewPaperProof> = {}) => {
    const id = randomUUID();
    await t.db.transaction().execute((trx) =>
      recordPaperProof(trx, {
        id,
        kind: 'offsite_form',
        pensionerId,
        campaignId: campaign.id,
        delivery: 'post',
        receivedOn: '2018-08-01',
        recordedBy: clerk,
        recordedAtMs: AT,
        scan: { contentType: 'image/jpeg', data: JPEG },
        ...extra,
      }),
    );
    return id;
  };
  const openReviews = async (pensionerId: string) =>
    (
      await sql<{ kind: string }>`
        select kind from pending_reviews
        where pensioner_id = ${pensionerId} and resolved_at is null`.execute(t.db)
    ).rows;

  it('records a proof with its scan and an open pending review, audited', async () => {
    const p = await addPerson(t.db, { name: '异地甲' });
    const id = await record(p.id);
    expect(await hasPendingPaperProof(t.db, p.id, campaign.id)).toBe(true);
    expect(await openReviews(p.id)).toEqual([expect.objectContaining({ kind: 'offsite_form' })]);
    const scan = await getPaperProofScan(t.db, id);
    expect(scan?.contentType).toBe('image/jpeg');
    expect(Array.from(scan!.data)).toEqual(Array.from(JPEG));
    expect(scan?.sha256).toBe(sha256Hex(JPEG));
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'paper_proof.recorded')
      .where('entity_id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: clerk, channel: 'offsite_form' });
    expect(JSON.stringify(audit.details)).not.toContain(p.idNumber);
  });

  it('allows one pending proof per person and campaign', async () => {
    const p = await addPerson(t.db);
    await record(p.id);
    await expect(record(p.id)).rejects.toThrow();
    expect(await openReviews(p.id)).toHaveLength(1);
  });

  it('approves into a form certification and resolves the pending review', async () => {
    const p = await addPerson(t.db);
    const id = await record(p.id);
    const proof = (await getScopedPaperProof(t.db, { kind: 'all' }, id))!;
    const certificationId = randomUUID();
    const stored = await t.db.transaction().execute((trx) =>
      decidePaperProof(trx, {
        proof,
        reviewerId: reviewer,
        decidedAtMs: AT + 60_000,
        approve: true,
        certificationId,
        certificateNo: `T-${certificationId}`,
      }),
    );
    expect(stored).toBe(true);
    const cert = await t.db
      .selectFrom('certifications')
      .selectAll()
      .where('id', '=', certificationId)
      .executeTakeFirstOrThrow();
    expect(cert).toMatchObject({ channel: 'offsite_form', method: 'form', operator_id: reviewer });
    expect(await openReviews(p.id)).toEqual([]);
    expect(await getScopedPaperProof(t.db, { kind: 'all' }, id)).toMatchObject({
      state: 'approved',
      reviewedBy: reviewer,
      certificationId,
    });
  });

  it('rejects with a reason, certifying nobody', async () => {
    const p = await addPerson(t.db);
    const id = await record(p.id, {
      kind: 'overseas_document',
      overseas: {
        region: 'MO',
        documentType: 'mo-civic',
        issuingBody: '民政总署',
        issuedOn: '2018-07-01',
      },
    });
    const proof = (await getScopedPaperProof(t.db, { kind: 'all' }, id))!;
    await t.db.transaction().execute((trx) =>
      decidePaperProof(trx, {
        proof,
        reviewerId: reviewer,
        decidedAtMs: AT,
        approve: false,
        reason: '证明未盖章',
      }),
    );
    expect(await getScopedPaperProof(t.db, { kind: 'all' }, id)).toMatchObject({
      state: 'rejected',
      rejectReason: '证明未盖章',
      certificationId: null,
    });
    const certs = await t.db
      .selectFrom('certifications')
      .select('id')
      .where('pensioner_id', '=', p.id)
      .execute();
    expect(certs).toEqual([]);
    expect(await openReviews(p.id)).toEqual([]);
  });

  it('refuses, in the database too, a review by the recorder', async () => {
    const p = await addPerson(t.db);
    const id = await record(p.id);
    const proof = (await getScopedPaperProof(t.db, { kind: 'all' }, id))!;
    await expect(
      t.db.transaction().execute((trx) =>
        decidePaperProof(trx, {
          proof,
          reviewerId: clerk,
          decidedAtMs: AT,
          approve: false,
          reason: '自己审核',
        }),
      ),
    ).rejects.toThrow();
    expect(await openReviews(p.id)).toHaveLength(1);
  });

  it('lists the queue inside the scope only', async () => {
    const east = await addPerson(t.db, { district: '410303', name: '东区异地' });
    await record(east.id);
    const eastQueue = await listPaperProofs(
      t.db,
      { kind: 'district', districtCode: '410303' },
      { state: 'pending' },
    );
    expect(eastQueue.map((r) => r.pensionerName)).toEqual(['东区异地']);
    const westQueue = await listPaperProofs(
      t.db,
      { kind: 'district', districtCode: '410302' },
      { state: 'pending' },
    );
    expect(westQueue.some((r) => r.pensionerId === east.id)).toBe(false);
    expect(
      await listPaperProofs(t.db, { kind: 'booked_visits', courierOrgId: randomUUID() }),
    ).toEqual([]);
    const id = eastQueue[0]!.id;
    expect(
      await getScopedPaperProof(t.db, { kind: 'district', districtCode: '410302' }, id),
    ).toBeUndefined();
  });

  it('keeps close-out from suspending someone whose proof awaits review, until it is rejected', async () => {
    const t2 = await createTestDb();
    try {
      const c = await addCampaign2018(t2.db);
      const lc = lifecycleCampaign(c);
      const rec = await addStaff(t2.db, 'admin');
      const rev = await addStaff(t2.db, 'reviewer');
      const waiting = await addPerson(t2.db);
      const id = randomUUID();
      await t2.db.transaction().execute((trx) =>
        recordPaperProof(trx, {
          id,
          kind: 'overseas_document',
          pensionerId: waiting.id,
          campaignId: c.id,
          delivery: 'post',
          receivedOn: '2018-10-30',
          overseas: {
            region: 'US',
            documentType: 'x',
            issuingBody: '领馆',
            issuedOn: '2018-10-01',
          },
          recordedBy: rec,
          recordedAtMs: AT,
          scan: { contentType: 'image/jpeg', data: JPEG },
        }),
      );
      const dryRun = () =>
        suspensionDryRun(t2.db, lc, {
          batchId: randomUUID(),
          nowMs: shanghaiDayStart('2018-11-05') + 36_000_000,
          actor: { kind: 'system', id: 'test' },
        });
      const before = await dryRun();
      expect(before).toMatchObject({
        ok: true,
        value: { toSuspend: 0, kept: { pending_review: 1 } },
      });
      const proof = (await getScopedPaperProof(t2.db, { kind: 'all' }, id))!;
      await t2.db.transaction().execute((trx) =>
        decidePaperProof(trx, {
          proof,
          reviewerId: rev,
          decidedAtMs: AT,
          approve: false,
          reason: '证明已过期',
        }),
      );
      expect(await dryRun()).toMatchObject({ ok: true, value: { toSuspend: 1 } });
    } finally {
      await t2.close();
    }
  });

  it('purges the scans of decided proofs past retention, keeping pending ones', async () => {
    const before = await paperDb(t.db)
      .selectFrom('paper_proof_scans')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const purged = await t.db
      .transaction()
      .execute((trx) => purgeDecidedPaperScans(trx, AT + 3_600_000));
    expect(purged).toBe(2);
    const after = await paperDb(t.db)
      .selectFrom('paper_proof_scans')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(before.n) - Number(after.n)).toBe(2);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
