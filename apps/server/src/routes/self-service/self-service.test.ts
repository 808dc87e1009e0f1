// The self-service API through app.inject on a fresh database, with a scripted face port so the
// flow's rules (lockout, gate, attempt limit, one-time challenges) are tested in milliseconds;
// face-recording.test.ts runs the real engine on generated recordings.
import type { FaceVerdict, FaceVerifier } from '@lifecert/core';
import { verifyAuditChain } from '@lifecert/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveSelfService } from '../../auth/self-service-settings.ts';
import { buildTestApp, type TestApp } from '../../test-app.ts';
import {
  makeIdNumber,
  seedCampaign,
  seedPensioner,
  seedReferencePhoto,
  steppingClock,
} from './test-fixtures.ts';
import { TINY_JPEG } from '../../uploads/test-jpeg.ts';

const T0 = Date.parse('2018-08-01T02:00:00Z');
const clock = steppingClock(T0);
// A real JPEG: frames are cleaned of metadata, and what is not a whole JPEG is refused.
const JPEG = TINY_JPEG;
const frame = (t: number, step: number) => ({ t, step, jpeg: JPEG.toString('base64') });
const frames = [frame(0, 0), frame(100, 1), frame(200, 2)];

// Decisions to hand out, in order (an Error is thrown, as a crashed engine does); the port records
// what it was asked.
let script: (FaceVerdict | Error)[] = [];
const asked: { actions: readonly string[]; frames: number; issuedAtMs: number }[] = [];
const scriptedFace: FaceVerifier = {
  verify(input) {
    asked.push({
      actions: input.actions,
      frames: input.frames.length,
      issuedAtMs: input.issuedAtMs,
    });
    const next = script.shift();
    if (!next) throw new Error('no scripted verdict left');
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  },
  close: () => Promise.resolve(),
};
const fail = (code = 'no_match'): FaceVerdict => ({
  decision: 'fail',
  reasons: [{ code, step: 1, action: 'blink' }],
  matchScore: 0.2,
  bestFrame: null,
  ms: 5,
});
const pass: FaceVerdict = { decision: 'pass', reasons: [], matchScore: 0.9, bestFrame: 1, ms: 5 };

let app: TestApp;
let serial = 100;
const nextId = () => makeIdNumber(serial++);

beforeAll(async () => {
  app = await buildTestApp({
    clock,
    face: scriptedFace,
    selfService: { nodeEnv: 'test', testPinChallenge: ['nod', 'blink', 'shake'] },
  });
  await seedCampaign(app.testDb.db, app.deps.profile);
});
afterAll(async () => {
  await app?.close();
});
beforeEach(() => {
  clock.set(T0);
  script = [];
});

type Details = {
  retryAt: string;
  help: { name: string };
  errors: { field: string; code: string; message: string }[];
};
type Json = Record<string, unknown> & {
  error?: { code: string; message: string; details?: Details };
};

const call = async (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  opts: { token?: string; body?: unknown; lang?: 'en' | 'zh-CN'; ip?: string } = {},
) => {
  const res = await app.inject({
    method,
    url: `${url}${opts.lang ? `?lang=${opts.lang}` : ''}`,
    ...(opts.ip ? { remoteAddress: opts.ip } : {}),
    headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
    ...(opts.body === undefined ? {} : { payload: opts.body as object }),
  });
  return { status: res.statusCode, body: res.body ? res.json<Json>() : ({} as Json), raw: res };
};

const person = async (
  opts: { contact?: boolean; photo?: boolean; benefitStatus?: 'terminated' } = {},
) => {
  const idNumber = nextId();
  const p = await seedPensioner(app.testDb.db, {
    idNumber,
    contact: opts.contact ?? true,
    ...(opts.benefitStatus ? { benefitStatus: opts.benefitStatus } : {}),
  });
  if (opts.photo ?? true) await seedReferencePhoto(app.testDb.db, p.id, JPEG);
  return { id: p.id, idNumber };
};

/** The person's one attempt was ended without a verdict: not counted, not left open. */
const expectOnlyAttemptNotJudged = async (pensionerId: string) => {
  const attempt = await app.testDb.db
    .selectFrom('self_service_attempts')
    .select(['outcome', 'finished_at'])
    .where('pensioner_id', '=', pensionerId)
    .executeTakeFirstOrThrow();
  expect(attempt.outcome).toBe('not_judged');
  expect(attempt.finished_at).not.toBeNull();
};

const login = async (idNumber: string, password = idNumber.slice(-6), ip = '10.0.0.1') => {
  const r = await call('POST', '/api/self/login', { body: { idNumber, password }, ip });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.token as string;
};

describe('login', () => {
  it('accepts the last six characters of the ID number as the first password', async () => {
    const p = await person({ contact: false });
    const r = await call('POST', '/api/self/login', {
      body: { idNumber: p.idNumber, password: p.idNumber.slice(-6) },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      person: { name: '测试老人', mustChangePassword: true, contactComplete: false },
    });
    expect(Date.parse(r.body.expiresAt as string)).toBeGreaterThan(T0);
  });

  it('accepts a lower-case x and spaces in the ID number', async () => {
    let s = 0;
    while (!makeIdNumber(s, '410303').endsWith('X')) s++;
    const idNumber = makeIdNumber(s, '410303');
    await seedPensioner(app.testDb.db, { idNumber });
    const typed = ` ${idNumber.slice(0, 6)} ${idNumber.slice(6).toLowerCase()}`;
    const r = await call('POST', '/api/self/login', {
      body: { idNumber: typed, password: idNumber.slice(-6).toLowerCase() },
    });
    expect(r.status).toBe(200);
  });

  it('answers a wrong password and an unknown ID number alike', async () => {
    const p = await person();
    const wrong = await call('POST', '/api/self/login', {
      body: { idNumber: p.idNumber, password: '000000' },
      ip: '10.0.1.1',
    });
    const unknown = await call('POST', '/api/self/login', {
      body: { idNumber: makeIdNumber(999), password: '000000' },
      ip: '10.0.1.2',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('refuses a malformed ID number with a reason, not a 500', async () => {
    const r = await call('POST', '/api/self/login', {
      body: { idNumber: '12345', password: '123456' },
      lang: 'en',
    });
    expect(r.status).toBe(400);
    expect(r.body.error!.code).toBe('id_bad_format');
    const junk = await call('POST', '/api/self/login', { body: { idNumber: 5 } });
    expect(junk.status).toBe(400);
    expect(junk.body.error!.code).toBe('validation_failed');
  });

  it('locks an ID number after five failures, even for the right password, and says when', async () => {
    const p = await person();
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      const r = await call('POST', '/api/self/login', {
        body: { idNumber: p.idNumber, password: `wrong${i}` },
        ip: `10.1.0.${i}`,
      });
      expect(r.status).toBe(401);
    }
    const locked = await call('POST', '/api/self/login', {
      body: { idNumber: p.idNumber, password: p.idNumber.slice(-6) },
      ip: '10.1.1.1',
      lang: 'en',
    });
    expect(locked.status).toBe(423);
    expect(locked.body.error!.code).toBe('login_locked');
    // The first failure was at T0+1s; the lock lifts 15 minutes after it.
    expect(locked.body.error!.details!.retryAt).toBe(
      new Date(T0 + 1000 + 15 * 60_000).toISOString(),
    );
    expect(locked.body.error!.details!.help.name).toMatch(/Luoyang/);
    expect(locked.body.error!.message).toMatch(/agency/);

    clock.set(T0 + 1000 + 15 * 60_000 + 1);
    const after = await call('POST', '/api/self/login', {
      body: { idNumber: p.idNumber, password: p.idNumber.slice(-6) },
      ip: '10.1.1.1',
    });
    expect(after.status).toBe(200);
  });

  it('throttles one client address after twenty failures across ID numbers', async () => {
    for (let i = 0; i < 20; i++) {
      const r = await call('POST', '/api/self/login', {
        body: { idNumber: makeIdNumber(500 + i), password: 'nope00' },
        ip: '10.9.9.9',
      });
      expect(r.status).toBe(401);
    }
    const p = await person();
    const r = await call('POST', '/api/self/login', {
      body: { idNumber: p.idNumber, password: p.idNumber.slice(-6) },
      ip: '10.9.9.9',
    });
    expect(r.status).toBe(423);
    const elsewhere = await call('POST', '/api/self/login', {
      body: { idNumber: p.idNumber, password: p.idNumber.slice(-6) },
      ip: '10.9.9.10',
    });
    expect(elsewhere.status).toBe(200);
  });
});

describe('session, password and contact', () => {
  it('needs a valid bearer token', async () => {
    expect((await call('GET', '/api/self/me')).status).toBe(401);
    expect((await call('GET', '/api/self/me', { token: 'x'.repeat(43) })).status).toBe(401);
  });

  it('logs out: the token stops working', async () => {
    const p = await person();
    const token = await login(p.idNumber);
    expect((await call('GET', '/api/self/me', { token })).status).toBe(200);
    expect((await call('POST', '/api/self/logout', { token })).status).toBe(204);
    expect((await call('GET', '/api/self/me', { token })).status).toBe(401);
  });

  it('changes the password, refusing the initial one and short ones', async () => {
    const p = await person();
    const token = await login(p.idNumber);
    const initial = p.idNumber.slice(-6);
    const same = await call('POST', '/api/self/password', {
      token,
      body: { current: initial, next: initial },
    });
    expect(same.status).toBe(400);
    expect(same.body.error!.code).toBe('password_not_allowed');
    const short = await call('POST', '/api/self/password', {
      token,
      body: { current: initial, next: 'abc' },
    });
    expect(short.body.error!.code).toBe('password_not_allowed');
    const wrong = await call('POST', '/api/self/password', {
      token,
      body: { current: '999999', next: 'a-good-one' },
    });
    expect(wrong.status).toBe(403);
    const ok = await call('POST', '/api/self/password', {
      token,
      body: { current: initial, next: 'a-good-one' },
    });
    expect(ok.status).toBe(204);
    await call('POST', '/api/self/logout', { token });
    const old = await call('POST', '/api/self/login', {
      body: { idNumber: p.idNumber, password: initial },
    });
    expect(old.status).toBe(401);
    const fresh = await call('POST', '/api/self/login', {
      body: { idNumber: p.idNumber, password: 'a-good-one' },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ person: { mustChangePassword: false } });
  });

  it('validates contact details and explains errors in both languages', async () => {
    const p = await person({ contact: false });
    const token = await login(p.idNumber);
    const bad = { contactName: '李四', mobile: '12345', address: '' };
    const zh = await call('PUT', '/api/self/contact', { token, body: bad });
    expect(zh.status).toBe(400);
    expect(zh.body.error!.code).toBe('mobile_invalid');
    expect(zh.body.error!.message).toBe('手机号码不正确。');
    const fields = (zh.body.error!.details!.errors as { field: string; code: string }[]).map(
      (e) => [e.field, e.code],
    );
    expect(fields).toEqual([
      ['mobile', 'mobile_invalid'],
      ['address', 'field_required'],
    ]);
    const en = await call('PUT', '/api/self/contact', { token, body: bad, lang: 'en' });
    expect(en.body.error!.message).toBe('The mobile number is not valid.');
    expect(en.body.error!.details!.errors[1]!.message).toBe('This field is required.');

    const good = {
      contactName: '李四',
      mobile: '+86 139-0013-9000',
      address: '洛阳市西工区某路2号',
    };
    expect((await call('PUT', '/api/self/contact', { token, body: good })).status).toBe(204);
    const me = await call('GET', '/api/self/me', { token });
    expect(me.body.contact).toEqual({ ...good, mobile: '13900139000' });
  });

  it('shows this year: status, deadline, attempts and a masked ID number', async () => {
    const p = await person();
    const token = await login(p.idNumber);
    const me = await call('GET', '/api/self/me', { token });
    expect(me.body).toMatchObject({
      maskedIdNumber: `${p.idNumber.slice(0, 3)}***********${p.idNumber.slice(-4)}`,
      campaign: {
        year: 2018,
        status: 'pending',
        reason: 'awaiting_certification',
        deadline: '2018-10-31T23:59:59.999+08:00',
      },
      attempts: { used: 0, limit: 10 },
      selfServiceOpen: true,
      history: [],
    });
    expect(JSON.stringify(me.body)).not.toContain(p.idNumber);
  });
});

describe('challenges', () => {
  it('refuses to start without contact details, photo, eligibility', async () => {
    const noContact = await person({ contact: false });
    let r = await call('POST', '/api/self/challenges', { token: await login(noContact.idNumber) });
    expect([r.status, r.body.error!.code]).toEqual([409, 'contact_required']);

    const noPhoto = await person({ photo: false });
    r = await call('POST', '/api/self/challenges', {
      token: await login(noPhoto.idNumber),
      lang: 'en',
    });
    expect([r.status, r.body.error!.code]).toEqual([409, 'no_reference_photo']);
    expect(r.body.error!.message).toMatch(/office|agency/);

    const ended = await person({ benefitStatus: 'terminated' });
    r = await call('POST', '/api/self/challenges', { token: await login(ended.idNumber) });
    expect([r.status, r.body.error!.code]).toEqual([409, 'benefits_terminated']);
  });

  it('refuses outside the campaign window', async () => {
    const p = await person();
    clock.set(Date.parse('2018-11-01T00:00:00+08:00'));
    const token = await login(p.idNumber);
    const r = await call('POST', '/api/self/challenges', { token });
    expect([r.status, r.body.error!.code]).toEqual([409, 'campaign_not_open']);
  });

  it('issues the pinned challenge once, and a challenge takes one recording', async () => {
    const p = await person();
    const token = await login(p.idNumber);
    const c = await call('POST', '/api/self/challenges', { token });
    expect(c.status).toBe(200);
    expect(c.body).toMatchObject({
      actions: ['nod', 'blink', 'shake'],
      issuedAt: new Date(T0).toISOString(),
    });
    expect(Date.parse(c.body.expiresAt as string) - T0).toBe(3 * 60_000);
    script = [fail('too_dark')];
    const url = `/api/self/challenges/${c.body.challengeId as string}/recording`;
    const first = await call('POST', url, { token, body: { frames } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ decision: 'fail', attemptsLeft: 9, selfServiceOpen: true });
    expect(asked.at(-1)).toMatchObject({
      actions: ['nod', 'blink', 'shake'],
      frames: 3,
      issuedAtMs: T0,
    });
    const again = await call('POST', url, { token, body: { frames } });
    expect([again.status, again.body.error!.code]).toEqual([409, 'challenge_used']);
  });

  it('refuses an expired challenge and one issued to someone else', async () => {
    const a = await person();
    const b = await person();
    const ta = await login(a.idNumber);
    const tb = await login(b.idNumber);
    const c = await call('POST', '/api/self/challenges', { token: ta });
    const url = `/api/self/challenges/${c.body.challengeId as string}/recording`;
    const other = await call('POST', url, { token: tb, body: { frames } });
    expect([other.status, other.body.error!.code]).toEqual([404, 'not_found']);
    clock.advance(3 * 60_000 + 1);
    const late = await call('POST', url, { token: ta, body: { frames } });
    expect([late.status, late.body.error!.code]).toEqual([410, 'challenge_expired']);
  });

  it('rejects malformed recordings without judging them', async () => {
    const p = await person();
    const token = await login(p.idNumber);
    const c = await call('POST', '/api/self/challenges', { token });
    const url = `/api/self/challenges/${c.body.challengeId as string}/recording`;
    const before = asked.length;
    const many = Array.from({ length: 151 }, (_, i) => frame(i * 66, 0));
    expect((await call('POST', url, { token, body: { frames: many } })).status).toBe(400);
    const png = { t: 0, step: 0, jpeg: Buffer.from('\x89PNG....').toString('base64') };
    const notJpeg = await call('POST', url, { token, body: { frames: [png] } });
    expect([notJpeg.status, notJpeg.body.error!.code]).toEqual([400, 'validation_failed']);
    const huge = { t: 0, step: 0, jpeg: 'A'.repeat(300_000) };
    expect((await call('POST', url, { token, body: { frames: [huge] } })).status).toBe(400);
    expect((await call('POST', url, { token, body: { frames: 'x' } })).status).toBe(400);
    expect(asked.length).toBe(before);
    // The challenge is still usable: nothing was consumed by the bad requests.
    script = [pass];
    expect((await call('POST', url, { token, body: { frames } })).body.decision).toBe('pass');
  });
});

describe('outcomes', () => {
  it('certifies on a pass: certificate number, date, own photo only, history', async () => {
    const a = await person();
    const b = await person();
    const ta = await login(a.idNumber);
    const c = await call('POST', '/api/self/challenges', { token: ta });
    script = [pass];
    const r = await call('POST', `/api/self/challenges/${c.body.challengeId as string}/recording`, {
      token: ta,
      body: { frames },
    });
    expect(r.status).toBe(200);
    const cert = r.body.certificate as { number: string; date: string; photoUrl: string };
    expect(cert.number).toMatch(/^LY2018-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(cert.date).toBe('2018-08-01');
    const photo = await app.inject({
      method: 'GET',
      url: cert.photoUrl,
      headers: { authorization: `Bearer ${ta}` },
    });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(photo.rawPayload, JPEG)).toBe(0);
    const tb = await login(b.idNumber);
    const stolen = await app.inject({
      method: 'GET',
      url: cert.photoUrl,
      headers: { authorization: `Bearer ${tb}` },
    });
    expect(stolen.statusCode).toBe(404);
    const me = await call('GET', '/api/self/me', { token: ta });
    expect(me.body).toMatchObject({
      campaign: { status: 'certified' },
      history: [{ date: '2018-08-01', channel: 'self_service', certificateNo: cert.number }],
    });
    const again = await call('POST', '/api/self/challenges', { token: ta });
    expect([again.status, again.body.error!.code]).toEqual([409, 'already_certified']);
  });

  it('closes self-service at the tenth failure, shows alternatives, and staff can reopen', async () => {
    const p = await person();
    const token = await login(p.idNumber);
    let last: Json = {};
    for (let i = 1; i <= 10; i++) {
      const c = await call('POST', '/api/self/challenges', { token, lang: 'en' });
      expect(c.status, `challenge ${i}`).toBe(200);
      script = [fail()];
      const r = await call(
        'POST',
        `/api/self/challenges/${c.body.challengeId as string}/recording`,
        {
          token,
          body: { frames },
          lang: 'en',
        },
      );
      expect(r.body.attemptsLeft).toBe(10 - i);
      last = r.body;
    }
    expect(last.selfServiceOpen).toBe(false);
    expect(last.reasons).toEqual([
      {
        code: 'no_match',
        step: 1,
        action: 'blink',
        message: expect.stringMatching(/^Step 2 \(blink\): /) as unknown,
      },
    ]);
    const alt = last.alternatives as {
      offices: unknown[];
      banks: unknown[];
      homeVisit: { perPersonFen: number };
    };
    expect(alt.offices.length).toBeGreaterThan(0);
    expect(alt.banks.length).toBe(app.deps.profile.payingBanks.length);
    expect(alt.homeVisit.perPersonFen).toBe(app.deps.profile.homeVisit.perPersonFen);
    const closed = await call('POST', '/api/self/challenges', { token });
    expect([closed.status, closed.body.error!.code]).toEqual([423, 'attempt_limit_reached']);
    expect((await call('GET', '/api/self/me', { token })).body).toMatchObject({
      attempts: { used: 10, limit: 10 },
      selfServiceOpen: false,
    });

    const { reopenSelfService } = await import('@lifecert/db');
    const staff = await seedStaff();
    const campaign = await app.testDb.db
      .selectFrom('campaigns')
      .select('id')
      .where('year', '=', 2018)
      .executeTakeFirstOrThrow();
    clock.advance(60_000);
    await reopenSelfService(app.testDb.db, p.id, campaign.id, staff, clock.now());
    expect((await call('GET', '/api/self/me', { token })).body).toMatchObject({
      attempts: { used: 0 },
      selfServiceOpen: true,
    });
    expect((await call('POST', '/api/self/challenges', { token })).status).toBe(200);
  });

  it('does not count a recording the face engine failed on, and says to start again', async () => {
    const p = await person();
    const token = await login(p.idNumber);
    const c = await call('POST', '/api/self/challenges', { token });
    const url = `/api/self/challenges/${c.body.challengeId as string}/recording`;
    script = [new Error('face worker exited with code 1')];
    const broken = await call('POST', url, { token, body: { frames } });
    expect([broken.status, broken.body.error!.code]).toEqual([503, 'face_check_failed']);
    expect(broken.body.error!.message).toBe(
      '系统暂时无法完成人脸核验，本次不计入失败次数，请重新开始。',
    );
    // The challenge is spent: the same frames cannot be judged a second time on it.
    const again = await call('POST', url, { token, body: { frames }, lang: 'en' });
    expect([again.status, again.body.error!.code]).toEqual([409, 'challenge_used']);
    expect((await call('GET', '/api/self/me', { token })).body).toMatchObject({
      attempts: { used: 0 },
      selfServiceOpen: true,
    });
    await expectOnlyAttemptNotJudged(p.id);
    const next = await call('POST', '/api/self/challenges', { token });
    script = [new Error('no face worker left')];
    const en = await call(
      'POST',
      `/api/self/challenges/${next.body.challengeId as string}/recording`,
      { token, body: { frames }, lang: 'en' },
    );
    expect(en.body.error!.message).toMatch(/does not count/);
    const last = await call('POST', '/api/self/challenges', { token });
    script = [pass];
    const ok = await call(
      'POST',
      `/api/self/challenges/${last.body.challengeId as string}/recording`,
      { token, body: { frames } },
    );
    expect([ok.status, ok.body.decision, ok.body.attemptsLeft]).toEqual([200, 'pass', 10]);
  });

  it('does not judge or count a recording with a step the challenge lacks', async () => {
    const p = await person();
    const token = await login(p.idNumber);
    const c = await call('POST', '/api/self/challenges', { token });
    const steps = (c.body.actions as string[]).length;
    const url = `/api/self/challenges/${c.body.challengeId as string}/recording`;
    const before = asked.length;
    const beyond = [...frames, frame(300, steps)];
    const res = await call('POST', url, { token, body: { frames: beyond }, lang: 'en' });
    expect([res.status, res.body.error!.code]).toEqual([400, 'recording_step_unknown']);
    expect(res.body.error!.message).toMatch(/does not count/);
    expect(asked.length).toBe(before);
    await expectOnlyAttemptNotJudged(p.id);
    expect((await call('GET', '/api/self/me', { token })).body).toMatchObject({
      attempts: { used: 0 },
    });
  });

  it('keeps the audit chain intact and free of ID numbers and mobiles', async () => {
    const rows = await app.testDb.db.selectFrom('audit_log').selectAll().execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'session.opened',
      'session.closed',
      'password.changed',
      'contact.updated',
      'self_service.challenge_issued',
      'self_service.attempt_failed',
      'self_service.attempt_succeeded',
      'self_service.attempt_not_judged',
      'certification.recorded',
      'self_service.closed',
      'self_service.reopened',
    ]) {
      expect(actions, a).toContain(a);
    }
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/4103021950\d{4}/);
    expect(text).not.toMatch(/13800138000|13900139000/);
    expect((await verifyAuditChain(app.testDb.db)).ok).toBe(true);
  });
});

describe('public profile and settings', () => {
  it('serves what the help page needs without logging in', async () => {
    const r = await call('GET', '/api/public/profile');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      city: { name: { en: 'Luoyang' } },
      window: { year: 2018, start: '2018-07-01', end: '2018-10-31' },
      attemptLimit: 10,
      homeVisit: { perPersonFen: 2500, reducedPerPersonFen: 2000, reducedWhenMoreThan: 2 },
    });
    expect((r.body.offices as unknown[]).length).toBe(app.deps.profile.agencies.length);
  });

  it('refuses a pinned challenge outside the test environment', () => {
    const deps = { ...app.deps, selfService: { testPinChallenge: ['nod'] as const } };
    expect(() =>
      resolveSelfService({ ...deps, selfService: { ...deps.selfService, nodeEnv: 'production' } }),
    ).toThrow(/NODE_ENV=test/);
    expect(() => resolveSelfService(deps)).toThrow(/NODE_ENV=test/);
    expect(
      resolveSelfService({ ...deps, selfService: { ...deps.selfService, nodeEnv: 'test' } }).pinned,
    ).toEqual(['nod']);
  });

  it('answers 503 for recordings when no face engine runs', async () => {
    const saved = app.deps.face;
    delete app.deps.face;
    try {
      const p = await person();
      const token = await login(p.idNumber);
      const c = await call('POST', '/api/self/challenges', { token });
      const r = await call(
        'POST',
        `/api/self/challenges/${c.body.challengeId as string}/recording`,
        {
          token,
          body: { frames },
        },
      );
      expect([r.status, r.body.error!.code]).toEqual([503, 'self_service_unavailable']);
    } finally {
      app.deps.face = saved;
    }
  });
});

async function seedStaff(): Promise<string> {
  const db = app.testDb.db;
  const org = await db
    .insertInto('organisations')
    .values({ kind: 'agency', code: `test-${serial++}`, name_zh: '测试', name_en: 'Test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const staff = await db
    .insertInto('staff_accounts')
    .values({
      organisation_id: org.id,
      username: `clerk-${serial++}`,
      password_hash: 'x',
      role: 'counter_clerk',
      display_name: 'Clerk',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return staff.id;
}
