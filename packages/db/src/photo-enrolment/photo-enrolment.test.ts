import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-log.ts';
import { seedFourEyesWorld } from '../four-eyes/test-four-eyes.ts';
import { createSelfServiceStore } from '../self-service/self-service-store.ts';
import { syntheticPensioner } from '../synthetic-pensioners.ts';
import { createTestDb, type TestDb } from '../test-db.ts';
import {
  activePhotoOf,
  decidePhotoEnrolment,
  enrolmentPhotoJpeg,
  getPhotoEnrolment,
  listMissingPhotos,
  listPhotoEnrolments,
  photoEnrolmentsOf,
  requestPhotoEnrolment,
  type PhotoEnrolmentRequest,
} from './index.ts';

const measures = {
  faces: 1,
  faceSizeRatio: 0.4,
  pose: { yaw: 1, pitch: 2, roll: 0 },
  brightness: 120,
  sharpness: 60,
};

describe('photo enrolment repository', () => {
  let t: TestDb;
  let clerk: string;
  let reviewer: string;
  let orgId: string;
  const person = { ...syntheticPensioner(0), districtCode: '410302' };
  const other = { ...syntheticPensioner(1), districtCode: '410303' };
  let personId: string;
  let otherId: string;
  const request = (jpeg: number[], vector: number[]): PhotoEnrolmentRequest => ({
    pensionerId: personId,
    jpeg: new Uint8Array(jpeg),
    embedding: { vector: new Float32Array(vector), model: 'dlib-test' },
    measures,
    source: 'upload',
    reason: '旧照片比对失败',
    staffId: clerk,
    organisationId: orgId,
    atMs: Date.parse('2018-08-01T02:00:00Z'),
  });

  beforeAll(async () => {
    t = await createTestDb();
    ({
      orgId,
      clerk,
      reviewer,
      personIds: [personId, otherId],
    } = await seedFourEyesWorld(t, [person, other]));
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists people without a photo inside the scope', async () => {
    const district = await listMissingPhotos(
      t.db,
      { kind: 'district', districtCode: '410302' },
      { limit: 10, offset: 0 },
    );
    expect(district.rows.map((r) => r.id)).toEqual([personId]);
    expect(district.total).toBe(1);
    const all = await listMissingPhotos(t.db, { kind: 'all' }, { limit: 10, offset: 0 });
    expect(all.total).toBe(2);
    expect((await listMissingPhotos(t.db, { kind: 'none' }, { limit: 10, offset: 0 })).total).toBe(
      0,
    );
  });

  it('stores a candidate inactive, one pending per person', async () => {
    const first = await requestPhotoEnrolment(t.db, request([1, 2, 3], [0.5, 0.5]));
    expect(first).not.toBeNull();
    expect(await requestPhotoEnrolment(t.db, request([4, 5], [1, 0]))).toBeNull();
    expect(await activePhotoOf(t.db, personId)).toBeUndefined();
    const pending = await listPhotoEnrolments(t.db, { kind: 'all' }, 'pending');
    expect(pending).toMatchObject([
      { pensionerId: personId, status: 'pending', quality: measures, hasPhoto: true },
    ]);
    expect(
      await listPhotoEnrolments(t.db, { kind: 'district', districtCode: '410303' }, 'pending'),
    ).toEqual([]);
    expect(Array.from((await enrolmentPhotoJpeg(t.db, first!.enrolmentId))!)).toEqual([1, 2, 3]);
    const missing = await listMissingPhotos(t.db, { kind: 'all' }, { limit: 10, offset: 0 });
    expect(missing.rows.find((r) => r.id === personId)?.pending).toBe(true);
  });

  it('refuses the capturing clerk as approver, then activates on a second approval', async () => {
    const [e] = await listPhotoEnrolments(t.db, { kind: 'all' }, 'pending');
    const own = await decidePhotoEnrolment(t.db, {
      enrolmentId: e!.id,
      decision: 'approve',
      reason: null,
      staffId: clerk,
      atMs: Date.now(),
    });
    expect(own).toEqual({ ok: false, error: 'four_eyes_required' });
    const ok = await decidePhotoEnrolment(t.db, {
      enrolmentId: e!.id,
      decision: 'approve',
      reason: null,
      staffId: reviewer,
      atMs: Date.now(),
    });
    expect(ok).toMatchObject({ ok: true, pensionerId: personId });
    expect(Array.from((await activePhotoOf(t.db, personId))!.jpeg)).toEqual([1, 2, 3]);
    // Self-service reads the new photo, with its stored embedding.
    const ref = await createSelfServiceStore(t.db).activeReference(personId);
    expect(ref?.embedding).toEqual({ vector: new Float32Array([0.5, 0.5]), model: 'dlib-test' });
    const again = await decidePhotoEnrolment(t.db, {
      enrolmentId: e!.id,
      decision: 'reject',
      reason: '重复操作',
      staffId: reviewer,
      atMs: Date.now(),
    });
    expect(again).toEqual({ ok: false, error: 'not_pending' });
  });

  it('replaces the active photo on the next approval and keeps the old one inactive', async () => {
    const second = await requestPhotoEnrolment(t.db, request([7, 7], [0, 1]));
    const oldActive = await activePhotoOf(t.db, personId);
    await decidePhotoEnrolment(t.db, {
      enrolmentId: second!.enrolmentId,
      decision: 'approve',
      reason: '核对无误',
      staffId: reviewer,
      atMs: Date.now(),
    });
    expect(Array.from((await activePhotoOf(t.db, personId))!.jpeg)).toEqual([7, 7]);
    const photos = await t.db
      .selectFrom('reference_photos')
      .select(['id', 'active', 'approved_by', 'enrolled_by'])
      .where('pensioner_id', '=', personId)
      .execute();
    expect(photos).toHaveLength(2);
    expect(photos.find((p) => p.id === oldActive!.id)?.active).toBe(false);
    expect(photos.every((p) => p.approved_by === reviewer && p.enrolled_by === clerk)).toBe(true);
  });

  it('deletes a rejected photo and keeps the record; the history shows every request', async () => {
    const third = await requestPhotoEnrolment(t.db, request([9], [1, 1]));
    const r = await decidePhotoEnrolment(t.db, {
      enrolmentId: third!.enrolmentId,
      decision: 'reject',
      reason: '照片不是本人',
      staffId: reviewer,
      atMs: Date.now(),
    });
    expect(r).toEqual({ ok: true, pensionerId: personId, activePhotoId: null });
    expect(Array.from((await activePhotoOf(t.db, personId))!.jpeg)).toEqual([7, 7]);
    expect(await enrolmentPhotoJpeg(t.db, third!.enrolmentId)).toBeUndefined();
    const row = await getPhotoEnrolment(t.db, { kind: 'all' }, third!.enrolmentId);
    expect(row).toMatchObject({
      status: 'rejected',
      hasPhoto: false,
      decisionReason: '照片不是本人',
    });
    expect(
      await getPhotoEnrolment(
        t.db,
        { kind: 'district', districtCode: '410303' },
        third!.enrolmentId,
      ),
    ).toBeUndefined();
    const history = await photoEnrolmentsOf(t.db, personId);
    expect(history.map((h) => h.status).sort()).toEqual(['approved', 'approved', 'rejected']);
    expect(await photoEnrolmentsOf(t.db, otherId)).toEqual([]);
  });

  it('audits every step without photos or embeddings, on an intact chain', async () => {
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'details'])
      .where('entity_id', '=', personId)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'reference_photo.enrolment_requested',
      'reference_photo.enrolment_approved',
      'reference_photo.enrolment_requested',
      'reference_photo.enrolment_approved',
      'reference_photo.enrolment_requested',
      'reference_photo.enrolment_rejected',
    ]);
    const text = JSON.stringify(audit);
    expect(text).not.toMatch(/jpeg|embedding|vector|旧照片/);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
