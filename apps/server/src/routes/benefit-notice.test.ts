// A suspended person learns why on login and on the Me screen; staff see it on the record.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-app.ts';
import { asStaff, logInAll, seedStaffWorld, type StaffWorld } from './staff/test-staff.ts';

let app: TestApp;
let world: StaffWorld;
let adminToken: string;

type Notice = {
  reason: string;
  effectiveOn: string;
  campaignYear: number | null;
  message: string;
  messages: { 'zh-CN': string; en: string };
} | null;

const suspend = async (pensionerId: string) => {
  const db = app.testDb.db;
  const { rows } = await sql<{ id: string }>`select id from campaigns where year = 2018`.execute(
    db,
  );
  const batchId = randomUUID();
  const at = '2018-11-06T01:00:00Z';
  await sql`insert into payment_batches (id, kind, campaign_id, state, as_of, created_at, committed_at)
    values (${batchId}, 'suspension', ${rows[0]!.id}, 'committed', ${at}, ${at}, ${at})`.execute(
    db,
  );
  await sql`update pensioners set benefit_status = 'suspended' where id = ${pensionerId}`.execute(
    db,
  );
  await sql`insert into benefit_status_changes (pensioner_id, from_status, to_status, reason,
      batch_id, campaign_id, effective_on, at)
    values (${pensionerId}, 'active', 'suspended', 'not_certified', ${batchId}, ${rows[0]!.id},
      '2018-12-01', ${at})`.execute(db);
};

const logIn = async (idNumber: string, lang = 'zh-CN') => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/self/login',
    headers: { 'accept-language': lang },
    payload: { idNumber, password: idNumber.slice(-6) },
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ token: string; person: { benefitNotice: Notice } }>();
};

beforeAll(async () => {
  app = await buildTestApp();
  world = await seedStaffWorld(app);
  adminToken = (await logInAll(app)).admin;
  await suspend(world.personIds.west);
});
afterAll(async () => {
  await app?.close();
});

describe('the suspension notice', () => {
  it('is in the login reply of a suspended person, in the requested language', async () => {
    const zh = await logIn(world.idNumbers.west);
    expect(zh.person.benefitNotice).toMatchObject({
      reason: 'not_certified',
      effectiveOn: '2018-12-01',
      campaignYear: 2018,
    });
    expect(zh.person.benefitNotice!.message).toContain('暂停发放');
    expect(zh.person.benefitNotice!.message).toContain('完成认证后将恢复发放');
    const en = await logIn(world.idNumbers.west, 'en');
    expect(en.person.benefitNotice!.message).toBe(en.person.benefitNotice!.messages.en);
    expect(en.person.benefitNotice!.message).toContain('suspended from 2018-12-01');
  });

  it('is on the Me reply, and absent for someone whose payment runs', async () => {
    const { token } = await logIn(world.idNumbers.west);
    const me = await app.inject({
      method: 'GET',
      url: '/api/self/me?lang=en',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ benefitNotice: Notice }>().benefitNotice).toMatchObject({
      reason: 'not_certified',
      message: expect.stringContaining('Certify by any channel') as unknown,
    });
    const east = await logIn(world.idNumbers.east);
    expect(east.person.benefitNotice).toBeNull();
    const eastMe = await app.inject({
      method: 'GET',
      url: '/api/self/me',
      headers: { authorization: `Bearer ${east.token}` },
    });
    expect(eastMe.json<{ benefitNotice: Notice }>().benefitNotice).toBeNull();
  });

  it('is gone once payment resumes', async () => {
    const db = app.testDb.db;
    const id = world.personIds.west;
    await sql`insert into benefit_status_changes (pensioner_id, from_status, to_status, reason,
        effective_on, at)
      values (${id}, 'suspended', 'active', 'certified_late', '2019-02-01', now())`.execute(db);
    expect((await logIn(world.idNumbers.west)).person.benefitNotice).toBeNull();
    await sql`delete from benefit_status_changes where reason = 'certified_late'`.execute(db);
  });

  it('is on the staff record (benefitNotice), in both languages', async () => {
    const res = await asStaff(
      app,
      adminToken,
      'GET',
      `/api/staff/pensioners/${world.personIds.west}`,
    );
    expect(res.statusCode).toBe(200);
    const notice = res.json<{ benefitNotice: Notice }>().benefitNotice!;
    expect(notice.reason).toBe('not_certified');
    expect(notice.messages['zh-CN']).toContain('暂停发放');
    expect(notice.messages.en).toContain('suspended');
    const other = await asStaff(
      app,
      adminToken,
      'GET',
      `/api/staff/pensioners/${world.personIds.east}`,
    );
    expect(other.json<{ benefitNotice: Notice }>().benefitNotice).toBeNull();
  });
});
