// Photo re-enrolment: counter clerks (in their district) and administrators capture, reviewers
// and administrators approve, never their own capture. The photo check itself runs through a
// stand-in assessor here; photo-assessor.test.ts runs the real engine on real photos.
import type { PhotoAssessor } from '@lifecert/core';
import { createSelfServiceStore } from '@lifecert/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test-app.ts';
import { jfifJpeg } from '../../uploads/test-jpeg.ts';
import {
  ACCOUNTS,
  ALL_ACCOUNTS,
  asStaff,
  decideAsStaff,
  startStaffApp,
  type AccountName,
  type PersonName,
  type StaffWorld,
} from '../staff/test-staff.ts';

const GOOD = {
  faces: 1,
  faceSizeRatio: 0.4,
  pose: { yaw: 2, pitch: 1, roll: 0 },
  brightness: 130,
  sharpness: 70,
};
const LIMITS = { minFaceSizeRatio: 0.12, maxPoseDeg: 20, minBrightness: 40, minSharpness: 15 };
// Byte 15 of the stand-in JPEG (a density in its JFIF header, which survives cleaning) says what
// the "engine" sees: 1 a good face, 0 none, 2 two faces; byte 17 tags the embedding.
const fakeAssessor: PhotoAssessor = {
  assess: (image) => {
    if (image[0] !== 0xff || image[1] !== 0xd8) return Promise.resolve({ readable: false });
    const faces = image[15] ?? 1;
    return Promise.resolve({
      readable: true,
      measures: { ...GOOD, faces },
      limits: LIMITS,
      embedding: faces === 0 ? null : { vector: new Float32Array([image[17] ?? 0, 1]), model: 'm' },
    });
  },
};
const jpeg = (faces: number, tag: number) => jfifJpeg(faces, tag).toString('base64');

let app: TestApp;
let world: StaffWorld;
let tokens: Record<AccountName, string>;

beforeAll(async () => {
  ({ app, world, tokens } = await startStaffApp({ photos: fakeAssessor }));
});
afterAll(async () => {
  await app?.close();
});

const enrol = (
  account: AccountName | undefined,
  person: PersonName,
  body: Record<string, unknown> = { image: jpeg(1, 1), source: 'camera', reason: '旧照片无法比对' },
) =>
  asStaff(
    app,
    account && tokens[account],
    'POST',
    `/api/staff/pensioners/${world.personIds[person]}/photo-enrolments`,
    body,
  );
const decide = (account: AccountName, id: string, verb: 'approve' | 'reject', reason?: string) =>
  decideAsStaff(app, tokens[account], `/api/staff/photo-enrolments/${id}`, verb, reason);
type Enrolment = { id: string; status: string; pensionerId: string; hasPhoto: boolean };
const errorCode = (res: { json: () => unknown }) =>
  (res.json() as { error: { code: string } }).error.code;

const enrollers = ['counter_clerk', 'admin'];
const approvers = ['reviewer', 'admin'];
const viewers = ['counter_clerk', 'reviewer', 'admin'];

describe('POST /api/staff/pensioners/:id/photo-enrolments', () => {
  it.each(ALL_ACCOUNTS.filter((a) => !enrollers.includes(ACCOUNTS[a])))(
    'refuses %s with 403',
    async (account) => {
      expect((await enrol(account, 'west')).statusCode).toBe(403);
    },
  );
  it('answers 401 without a session', async () => {
    expect((await enrol(undefined, 'west')).statusCode).toBe(401);
  });
  it('answers 404 to a counter clerk of another district', async () => {
    expect((await enrol('eastCounter', 'west')).statusCode).toBe(404);
  });
  it('needs a reason', async () => {
    const res = await enrol('westCounter', 'west', {
      image: jpeg(1, 1),
      source: 'camera',
      reason: ' ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'field_required', details: { field: 'reason' } },
    });
  });
  it('refuses photos the engine finds no single face in, in the clerk’s language', async () => {
    const none = await enrol('westCounter', 'west', {
      image: jpeg(0, 1),
      source: 'upload',
      reason: '旧照片无法比对',
    });
    expect(none.statusCode).toBe(422);
    const noneBody = none.json<{ error: { code: string; message: string } }>();
    expect(noneBody.error.code).toBe('photo_no_face');
    expect(noneBody.error.message).toContain('未检测到人脸');
    const two = await asStaff(
      app,
      tokens.westCounter,
      'POST',
      `/api/staff/pensioners/${world.personIds.west}/photo-enrolments?lang=en`,
      { image: jpeg(2, 1), source: 'upload', reason: 'old photo fails' },
    );
    expect(two.json()).toMatchObject({
      error: { code: 'photo_multiple_faces', details: { problems: ['photo_multiple_faces'] } },
    });
    const png = await enrol('westCounter', 'west', {
      image: Buffer.from('\x89PNG....').toString('base64'),
      source: 'upload',
      reason: '旧照片无法比对',
    });
    expect(errorCode(png)).toBe('photo_unreadable');
    const garbage = await enrol('westCounter', 'west', {
      image: '***',
      source: 'upload',
      reason: 'abcd',
    });
    expect(garbage.statusCode).toBe(400);
  });
  it('holds a good photo pending, one at a time, audited without the photo', async () => {
    const res = await enrol('westCounter', 'west');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'pending', source: 'camera', hasPhoto: true });
    expect(errorCode(await enrol('cityCounter', 'west'))).toBe('approval_pending');
    const audit = await app.testDb.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'reference_photo.enrolment_requested')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ actor_id: world.staffIds.westCounter })]);
    expect(JSON.stringify(audit)).not.toMatch(/image|jpeg|vector|旧照片/);
  });
  it('answers 503 when no face engine runs', async () => {
    const { app: bare, tokens: t } = await startStaffApp();
    try {
      const res = await bare.inject({
        method: 'POST',
        url: `/api/staff/pensioners/${(await bare.testDb.db.selectFrom('pensioners').select('id').executeTakeFirstOrThrow()).id}/photo-enrolments`,
        headers: { authorization: `Bearer ${t.admin}` },
        payload: { image: jpeg(1, 1), source: 'camera', reason: '旧照片无法比对' },
      });
      expect(res.statusCode).toBe(503);
    } finally {
      await bare.close();
    }
  });
});

describe('reviewing photo enrolments', () => {
  let westEnrolment: string;
  beforeAll(async () => {
    const list = await asStaff(app, tokens.reviewer, 'GET', '/api/staff/photo-enrolments');
    westEnrolment = list.json<{ enrolments: Enrolment[] }>().enrolments[0]!.id;
  });

  it.each(ALL_ACCOUNTS.filter((a) => !viewers.includes(ACCOUNTS[a])))(
    'keeps lists and faces from %s',
    async (account) => {
      expect(
        (await asStaff(app, tokens[account], 'GET', '/api/staff/photo-enrolments')).statusCode,
      ).toBe(403);
      const photo = `/api/staff/photo-enrolments/${westEnrolment}/photo`;
      expect((await asStaff(app, tokens[account], 'GET', photo)).statusCode).toBe(403);
    },
  );
  it('lists only the scope’s pending photos', async () => {
    const east = await asStaff(app, tokens.eastCounter, 'GET', '/api/staff/photo-enrolments');
    expect(east.json()).toEqual({ enrolments: [] });
    const west = await asStaff(app, tokens.westCounter, 'GET', '/api/staff/photo-enrolments');
    expect(west.json<{ enrolments: Enrolment[] }>().enrolments.map((e) => e.id)).toEqual([
      westEnrolment,
    ]);
    const other = `/api/staff/photo-enrolments/${westEnrolment}/photo`;
    expect((await asStaff(app, tokens.eastCounter, 'GET', other)).statusCode).toBe(404);
  });
  it('shows the candidate photo to the reviewer, uncached and audited', async () => {
    const res = await asStaff(
      app,
      tokens.reviewer,
      'GET',
      `/api/staff/photo-enrolments/${westEnrolment}/photo`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.toString('base64')).toBe(jpeg(1, 1));
  });
  it.each(ALL_ACCOUNTS.filter((a) => !approvers.includes(ACCOUNTS[a])))(
    'refuses approval by %s with 403',
    async (account) => {
      expect((await decide(account, westEnrolment, 'approve')).statusCode).toBe(403);
    },
  );
  it('never lets an administrator approve their own capture', async () => {
    const own = await enrol('admin', 'east');
    const id = own.json<Enrolment>().id;
    const res = await decide('admin', id, 'approve');
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('four_eyes_required');
    expect(errorCode(await decide('reviewer', id, 'reject'))).toBe('validation_failed');
    expect(errorCode(await decide('reviewer', id, 'reject', 'x'))).toBe('field_required');
    const rejected = await decide('reviewer', id, 'reject', '不是本人照片');
    expect(rejected.json()).toMatchObject({ status: 'rejected', hasPhoto: false });
    const photo = `/api/staff/photo-enrolments/${id}/photo`;
    expect((await asStaff(app, tokens.admin, 'GET', photo)).statusCode).toBe(404);
  });
  it('makes an approved photo the one self-service matches against', async () => {
    const res = await decide('reviewer', westEnrolment, 'approve');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'approved',
      decidedBy: { id: world.staffIds.reviewer },
    });
    expect(errorCode(await decide('admin', westEnrolment, 'approve'))).toBe('not_pending');
    const ref = await createSelfServiceStore(app.testDb.db).activeReference(world.personIds.west);
    expect(Buffer.from(ref!.jpeg).toString('base64')).toBe(jpeg(1, 1));
    const photo = await asStaff(
      app,
      tokens.westCounter,
      'GET',
      `/api/staff/pensioners/${world.personIds.west}/photo`,
    );
    expect(photo.rawPayload.toString('base64')).toBe(jpeg(1, 1));
    const mine = await asStaff(
      app,
      tokens.westCounter,
      'GET',
      `/api/staff/pensioners/${world.personIds.west}/photos`,
    );
    const mineBody = mine.json<{ activePhoto: { id: string } | null; enrolments: Enrolment[] }>();
    expect(mineBody.activePhoto).not.toBeNull();
    expect(mineBody.enrolments.map((e) => e.status)).toEqual(['approved']);
    const outside = `/api/staff/pensioners/${world.personIds.west}/photos`;
    expect((await asStaff(app, tokens.eastCounter, 'GET', outside)).statusCode).toBe(404);
  });
});

describe('GET /api/staff/photos/missing', () => {
  type Missing = { total: number; people: { id: string }[] };
  it('lists people in the scope without a photo, not the terminated', async () => {
    const west = await asStaff(app, tokens.westCounter, 'GET', '/api/staff/photos/missing');
    // west now has a photo and the terminated person is left out.
    expect(west.json<Missing>()).toEqual({ total: 0, people: [] });
    const all = await asStaff(app, tokens.reviewer, 'GET', '/api/staff/photos/missing?limit=2');
    const body = all.json<Missing>();
    expect(body.total).toBe(3);
    expect(body.people).toHaveLength(2);
    expect(body.people.map((p) => p.id)).not.toContain(world.personIds.west);
  });
  it('shows the full mobile only to those who phone (the reports contact policy)', async () => {
    await app.testDb.db
      .updateTable('pensioners')
      .set({ mobile: '13812345678' })
      .where('id', '=', world.personIds.east)
      .execute();
    const mobileFor = async (account: AccountName) =>
      (await asStaff(app, tokens[account], 'GET', '/api/staff/photos/missing'))
        .json<{ people: { id: string; mobile: string | null }[] }>()
        .people.find((p) => p.id === world.personIds.east)?.mobile;
    expect(await mobileFor('eastCounter')).toBe('13812345678');
    expect(await mobileFor('reviewer')).not.toBe('13812345678');
    expect(await mobileFor('reviewer')).toMatch(/^138\*+5678$/);
  });
  it('refuses roles that do not handle photos', async () => {
    for (const account of ALL_ACCOUNTS.filter((a) => !viewers.includes(ACCOUNTS[a]))) {
      expect(
        (await asStaff(app, tokens[account], 'GET', '/api/staff/photos/missing')).statusCode,
      ).toBe(403);
    }
  });
});
