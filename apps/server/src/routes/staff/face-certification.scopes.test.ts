// Face certification on a staff device: which roles may run it, for whom (their scope only), and
// what it records (the operator, the organisation's channel, attempts apart from the person's
// self-service limit). The face port is scripted here so the rules run in milliseconds; the
// staff console's e2e test (apps/staff-web/e2e/counter-certify) runs the real engine.
import type { FaceVerdict, FaceVerifier } from '@lifecert/core';
import { assistedFaceAttempts, verifyAuditChain } from '@lifecert/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-app.ts';
import { makeIdNumber, seedPensioner, seedReferencePhoto } from '../self-service/test-fixtures.ts';
import { bookingFor, seedHomeVisitWorld } from '../staff-home-visits/test-home-visits.ts';
import {
  ACCOUNTS,
  ALL_ACCOUNTS,
  asStaff,
  logInAll,
  type AccountName,
  type StaffWorld,
} from './test-staff.ts';
import { TINY_JPEG } from '../../uploads/test-jpeg.ts';

// A real JPEG: frames are cleaned of metadata, and what is not a whole JPEG is refused.
const JPEG = TINY_JPEG;
const FRAMES = [0, 1, 2].map((step) => ({ t: step * 100, step, jpeg: JPEG.toString('base64') }));

// An Error in the script is thrown, as a crashed face engine does.
let script: (FaceVerdict | Error)[] = [];
const scriptedFace: FaceVerifier = {
  verify() {
    const next = script.shift();
    if (!next) throw new Error('no scripted verdict left');
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  },
  close: () => Promise.resolve(),
};
const PASS: FaceVerdict = { decision: 'pass', reasons: [], matchScore: 0.91, bestFrame: 1, ms: 5 };
const FAIL: FaceVerdict = {
  decision: 'fail',
  reasons: [{ code: 'no_match' }, { code: 'too_dark', step: 1, action: 'blink' }],
  matchScore: 0.2,
  bestFrame: null,
  ms: 5,
};

let app: TestApp;
let world: StaffWorld & { emsToken: string; emsStaffId: string; household: string[] };
let tokens: Record<AccountName, string>;
/** extra people in the west district, each with a reference photo */
const extra: Record<string, string> = {};

beforeAll(async () => {
  app = await buildTestApp({
    face: scriptedFace,
    selfService: { nodeEnv: 'test', testPinChallenge: ['nod', 'blink', 'mouth'] },
  });
  // The staff world plus the profile's home-visit courier and an east-district household.
  world = await seedHomeVisitWorld(app);
  tokens = await logInAll(app);
  const db = app.testDb.db;
  for (const [i, name] of ['failing', 'shared', 'noPhoto'].entries()) {
    const p = await seedPensioner(db, { idNumber: makeIdNumber(60 + i), name });
    extra[name] = p.id;
    if (name !== 'noPhoto') await seedReferencePhoto(db, p.id, JPEG);
  }
  for (const person of ['west', 'east', 'retiree', 'banked', 'terminated'] as const) {
    await seedReferencePhoto(db, world.personIds[person], JPEG);
  }
  for (const id of world.household.slice(0, 2)) await seedReferencePhoto(db, id, JPEG);
});
afterAll(async () => {
  await app?.close();
});
beforeEach(() => {
  script = [];
});

const base = (personId: string) => `/api/staff/pensioners/${personId}/face-certification`;
const start = (account: AccountName, personId: string) =>
  asStaff(app, tokens[account], 'POST', `${base(personId)}/challenges`);
const record = (account: AccountName, personId: string, challengeId: string) =>
  asStaff(app, tokens[account], 'POST', `${base(personId)}/challenges/${challengeId}/recording`, {
    frames: FRAMES,
  });
const codeOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string } }>().error.code;
const certificationsOf = (personId: string) =>
  app.testDb.db
    .selectFrom('certifications')
    .selectAll()
    .where('pensioner_id', '=', personId)
    .execute();

/** One full attempt: challenge, then the recording judged by the next scripted verdict. */
const attempt = async (account: AccountName, personId: string, verdict: FaceVerdict | Error) => {
  const ch = await start(account, personId);
  expect(ch.statusCode, ch.body).toBe(200);
  script.push(verdict);
  return record(account, personId, ch.json<{ challengeId: string }>().challengeId);
};

const CERTIFIERS = new Set(['counter_clerk', 'employer_clerk', 'bank_clerk', 'courier']);

describe('who may certify by face', () => {
  it.each(ALL_ACCOUNTS.filter((a) => !CERTIFIERS.has(ACCOUNTS[a])))(
    'refuses %s with 403 on every route and records nothing',
    async (account) => {
      const id = world.personIds.east;
      expect((await start(account, id)).statusCode).toBe(403);
      expect((await record(account, id, 'x'.repeat(43))).statusCode).toBe(403);
      const photo = await asStaff(app, tokens[account], 'GET', `${base(id)}/photos/LY2018-X`);
      expect(photo.statusCode).toBe(403);
      expect(await assistedFaceAttempts(app.testDb.db, id)).toEqual([]);
    },
  );

  it('answers 401 without a session', async () => {
    const res = await asStaff(app, undefined, 'POST', `${base(world.personIds.east)}/challenges`);
    expect(res.statusCode).toBe(401);
  });

  it.each([
    ['westCounter', 'east'],
    ['eastCounter', 'west'],
    ['employerClerk', 'east'],
    ['bankClerk', 'west'],
    ['courier', 'west'],
  ] as const)('%s gets 404 for %s (outside its scope), as for a missing id', async (a, person) => {
    const id = world.personIds[person];
    const res = await start(a, id);
    expect(res.statusCode).toBe(404);
    expect(codeOf(res)).toBe('not_found');
    const missing = await start(a, '00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(res.body).toBe(missing.body);
    expect((await record(a, id, 'x'.repeat(43))).statusCode).toBe(404);
    expect(await assistedFaceAttempts(app.testDb.db, id)).toEqual([]);
  });
});

describe('certifying by face', () => {
  it.each([
    ['westCounter', 'west', 'counter'],
    ['employerClerk', 'retiree', 'employer'],
    ['bankClerk', 'banked', 'bank'],
  ] as const)(
    '%s certifies %s in scope: channel %s, the clerk as operator, photo kept',
    async (account, person, channel) => {
      const id = world.personIds[person];
      const ch = await start(account, id);
      expect(ch.statusCode).toBe(200);
      expect(ch.json<{ actions: string[] }>().actions).toEqual(['nod', 'blink', 'mouth']);
      script.push(PASS);
      const res = await record(account, id, ch.json<{ challengeId: string }>().challengeId);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<{
        decision: string;
        channel: string;
        certificate: { number: string; photoUrl: string };
      }>();
      expect(body.decision).toBe('pass');
      expect(body.channel).toBe(channel);
      const [cert, ...more] = await certificationsOf(id);
      expect(more).toEqual([]);
      expect(cert).toMatchObject({
        channel,
        method: 'face',
        operator_id: world.staffIds[account],
        certificate_no: body.certificate.number,
        match_score: 0.91,
      });
      const [a] = await assistedFaceAttempts(app.testDb.db, id);
      expect(a).toMatchObject({
        staff_id: world.staffIds[account],
        channel,
        outcome: 'succeeded',
        certification_id: cert!.id,
      });

      const photo = await asStaff(app, tokens[account], 'GET', body.certificate.photoUrl);
      expect(photo.statusCode).toBe(200);
      expect(photo.headers['content-type']).toBe('image/jpeg');
      expect(photo.headers['cache-control']).toBe('private, no-store');
      expect(Buffer.from(photo.rawPayload)).toEqual(JPEG);
      // Another clerk who cannot see the person cannot see the photo either.
      const outsider: AccountName = account === 'westCounter' ? 'eastCounter' : 'westCounter';
      const hidden = await asStaff(app, tokens[outsider], 'GET', body.certificate.photoUrl);
      expect(hidden.statusCode).toBe(404);

      const detail = await asStaff(app, tokens[account], 'GET', `/api/staff/pensioners/${id}`);
      const d = detail.json<{ campaign: { status: string }; history: { channel: string }[] }>();
      expect(d.campaign.status).toBe('certified');
      expect(d.history.map((h) => h.channel)).toEqual([channel]);

      // Once certified, another start is refused.
      const again = await start(account, id);
      expect(again.statusCode).toBe(409);
      expect(codeOf(again)).toBe('already_certified');
    },
  );

  it('the courier certifies the people of its booked visit, channel home_visit, and nobody else', async () => {
    const [booked, notBooked] = world.household as [string, string];
    const asEms = (url: string) => asStaff(app, world.emsToken, 'POST', url);
    expect((await asEms(`${base(booked)}/challenges`)).statusCode).toBe(404);
    const visit = await asStaff(
      app,
      tokens.eastCounter,
      'POST',
      '/api/staff/home-visits',
      bookingFor([booked]),
    );
    expect(visit.statusCode, visit.body).toBe(201);
    expect((await asEms(`${base(notBooked)}/challenges`)).statusCode).toBe(404);
    const ch = await asEms(`${base(booked)}/challenges`);
    expect(ch.statusCode, ch.body).toBe(200);
    script.push(PASS);
    const res = await asStaff(
      app,
      world.emsToken,
      'POST',
      `${base(booked)}/challenges/${ch.json<{ challengeId: string }>().challengeId}/recording`,
      { frames: FRAMES },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ channel: string }>().channel).toBe('home_visit');
    const [cert] = await certificationsOf(booked);
    expect(cert).toMatchObject({
      channel: 'home_visit',
      method: 'face',
      operator_id: world.emsStaffId,
    });
  });

  it('records failures with reasons, in the clerk’s language, outside the self-service limit', async () => {
    const id = extra.failing!;
    for (let i = 0; i < 12; i++) {
      const res = await attempt('westCounter', id, FAIL);
      expect(res.statusCode).toBe(200);
      const body = res.json<{ decision: string; reasons: { code: string; message: string }[] }>();
      expect(body.decision).toBe('fail');
      expect(body.reasons.map((r) => r.code)).toEqual(['no_match', 'too_dark']);
      expect(body.reasons[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await certificationsOf(id)).toEqual([]);
    const attempts = await assistedFaceAttempts(app.testDb.db, id);
    expect(attempts).toHaveLength(12);
    expect(attempts.every((a) => a.outcome === 'failed')).toBe(true);
    expect(attempts[0]!.reasons).toEqual(['no_match', 'too_dark']);
    // More failures than the self-service limit, yet the person's own attempts are untouched.
    const detail = await asStaff(app, tokens.westCounter, 'GET', `/api/staff/pensioners/${id}`);
    const d = detail.json<{ attempts: { used: number }; selfServiceOpen: boolean }>();
    expect(d.attempts.used).toBe(0);
    expect(d.selfServiceOpen).toBe(true);

    // After all that, a pass certifies.
    const ok = await attempt('westCounter', id, PASS);
    expect(ok.json<{ decision: string }>().decision).toBe('pass');
  });

  it('judges a challenge once, only for the clerk who started it', async () => {
    const id = extra.shared!;
    const ch = await start('cityCounter', id);
    const challengeId = ch.json<{ challengeId: string }>().challengeId;
    // The west counter also sees the person, but not the city counter's challenge.
    const stolen = await record('westCounter', id, challengeId);
    expect(stolen.statusCode).toBe(404);
    script.push(FAIL);
    expect((await record('cityCounter', id, challengeId)).statusCode).toBe(200);
    const replay = await record('cityCounter', id, challengeId);
    expect(replay.statusCode).toBe(409);
    expect(codeOf(replay)).toBe('challenge_used');
  });

  it('ends an attempt the face engine failed on as not judged, and says to start again', async () => {
    const id = extra.shared!;
    const res = await attempt('cityCounter', id, new Error('face worker exited with code 1'));
    expect([res.statusCode, codeOf(res)]).toEqual([503, 'face_check_failed']);
    const attempts = await assistedFaceAttempts(app.testDb.db, id);
    expect(
      attempts.filter((a) => a.outcome === 'not_judged').map((a) => [a.staff_id, a.finished_at]),
    ).toEqual([[world.staffIds.cityCounter, expect.any(Date)]]);
    const audited = await app.testDb.db
      .selectFrom('audit_log')
      .select(['actor_id', 'channel'])
      .where('action', '=', 'assisted_face.attempt_not_judged')
      .execute();
    expect(audited).toEqual([{ actor_id: world.staffIds.cityCounter, channel: 'counter' }]);
    expect(await certificationsOf(id)).toEqual([]);
  });

  it('refuses people without a reference photo, and people whose benefits ended', async () => {
    const none = await start('westCounter', extra.noPhoto!);
    expect(none.statusCode).toBe(409);
    expect(codeOf(none)).toBe('no_reference_photo');
    const ended = await start('westCounter', world.personIds.terminated);
    expect(codeOf(ended)).toBe('benefits_terminated');
  });

  it('refuses frames that are not JPEG and malformed challenge ids', async () => {
    const id = world.personIds.east;
    const ch = await start('eastCounter', id);
    const bad = await asStaff(
      app,
      tokens.eastCounter,
      'POST',
      `${base(id)}/challenges/${ch.json<{ challengeId: string }>().challengeId}/recording`,
      { frames: [{ t: 0, step: 0, jpeg: Buffer.from('not a jpeg').toString('base64') }] },
    );
    expect(bad.statusCode).toBe(400);
    const malformed = await record('eastCounter', id, 'short');
    expect(malformed.statusCode).toBe(400);
  });

  it('audits every attempt with the clerk and the channel, on an intact chain', async () => {
    const rows = await app.testDb.db
      .selectFrom('audit_log')
      .select(['actor_kind', 'actor_id', 'channel', 'action', 'details'])
      .where('action', 'like', 'assisted_face.%')
      .execute();
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((r) => r.actor_kind === 'staff')).toBe(true);
    const byRetiree = await app.testDb.db
      .selectFrom('audit_log')
      .select(['actor_id', 'channel'])
      .where('action', '=', 'certification.recorded')
      .where('channel', '=', 'employer')
      .execute();
    expect(byRetiree).toEqual([{ actor_id: world.staffIds.employerClerk, channel: 'employer' }]);
    // No ID number in any entry.
    const text = JSON.stringify(rows);
    for (const idNumber of Object.values(world.idNumbers)) expect(text).not.toContain(idNumber);
    expect((await verifyAuditChain(app.testDb.db)).ok).toBe(true);
  });
});
