// Staff sessions: who can log in, what /me tells each role, and when a token stops working.
import { createSession, setStaffActive } from '@lifecert/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_SESSION_TTL_MS } from '../../auth/staff-session.ts';
import type { TestApp } from '../../test-app.ts';
import { steppingClock } from '../self-service/test-fixtures.ts';
import {
  ACCOUNTS,
  ALL_ACCOUNTS,
  asStaff,
  startStaffApp,
  STAFF_PASSWORD,
  type AccountName,
  type StaffWorld,
} from './test-staff.ts';

const T0 = Date.parse('2018-08-01T02:00:00Z');
const clock = steppingClock(T0);
let app: TestApp;
let world: StaffWorld;
let tokens: Record<AccountName, string>;

beforeAll(async () => {
  ({ app, world, tokens } = await startStaffApp({ clock }));
});
afterAll(async () => {
  await app?.close();
});

const login = (username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/staff/login', payload: { username, password } });

describe('staff login', () => {
  it('refuses a wrong password and an unknown username alike', async () => {
    const wrong = await login('admin', 'not the password');
    const unknown = await login('nobody', STAFF_PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe('unauthenticated');
  });

  it('accepts usernames case-insensitively and audits the session', async () => {
    const res = await login('  Reviewer ', STAFF_PASSWORD);
    expect(res.statusCode).toBe(200);
    const audit = await app.testDb.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'session.opened')
      .where('actor_id', '=', world.staffIds.reviewer)
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit[0]).toMatchObject({ actor_kind: 'staff', channel: 'staff_console' });
  });

  it('refuses a deactivated account and ends its open sessions', async () => {
    const res = await login('auditor', STAFF_PASSWORD);
    const token = res.json<{ token: string }>().token;
    await setStaffActive(app.testDb.db, world.staffIds.auditor, false);
    try {
      expect((await login('auditor', STAFF_PASSWORD)).statusCode).toBe(401);
      expect((await asStaff(app, token, 'GET', '/api/staff/me')).statusCode).toBe(401);
    } finally {
      await setStaffActive(app.testDb.db, world.staffIds.auditor, true);
    }
  });
});

describe('staff login lockout', () => {
  it('locks an account name after five failures in fifteen minutes, then lifts', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login('bankclerk', `guess-${i}`)).statusCode).toBe(401);
    }
    const locked = await login('bankclerk', STAFF_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json<{ error: { code: string } }>().error.code).toBe('login_locked');
    // Other accounts, from the same address, are not affected.
    expect((await login('eastcounter', STAFF_PASSWORD)).statusCode).toBe(200);
    clock.set(T0 + 15 * 60_000 + 1);
    expect((await login('bankclerk', STAFF_PASSWORD)).statusCode).toBe(200);
    clock.set(T0);
  });
});

describe('GET /api/staff/me', () => {
  const expectedScope: Record<AccountName, string> = {
    cityCounter: 'all',
    westCounter: 'district',
    eastCounter: 'district',
    employerClerk: 'employer',
    bankClerk: 'bank',
    courier: 'booked_visits',
    reviewer: 'all',
    auditor: 'all',
    admin: 'all',
  };

  it.each(ALL_ACCOUNTS)('tells %s its role, organisation and scope', async (name) => {
    const res = await asStaff(app, tokens[name], 'GET', '/api/staff/me');
    expect(res.statusCode).toBe(200);
    const me = res.json<{ role: string; scope: string; actions: string[] }>();
    expect(me.role).toBe(ACCOUNTS[name]);
    expect(me.scope).toBe(expectedScope[name]);
    expect(me.actions.includes('certify.id_check')).toBe(
      ['counter_clerk', 'employer_clerk', 'bank_clerk'].includes(ACCOUNTS[name]),
    );
  });

  it('answers 401 without a token, with a made-up one, and with a pensioner session', async () => {
    expect((await asStaff(app, undefined, 'GET', '/api/staff/me')).statusCode).toBe(401);
    const madeUp = 'A'.repeat(43);
    expect((await asStaff(app, madeUp, 'GET', '/api/staff/me')).statusCode).toBe(401);
    const { token } = await createSession(
      app.testDb.db,
      { kind: 'pensioner', id: world.personIds.west },
      new Date(T0 + 3_600_000),
    );
    expect((await asStaff(app, token, 'GET', '/api/staff/me')).statusCode).toBe(401);
  });

  it('expires a session after one working day', async () => {
    const token = (await login('admin', STAFF_PASSWORD)).json<{ token: string }>().token;
    clock.set(T0 + STAFF_SESSION_TTL_MS - 1);
    expect((await asStaff(app, token, 'GET', '/api/staff/me')).statusCode).toBe(200);
    clock.set(T0 + STAFF_SESSION_TTL_MS);
    expect((await asStaff(app, token, 'GET', '/api/staff/me')).statusCode).toBe(401);
    clock.set(T0);
  });
});

describe('POST /api/staff/logout', () => {
  it('ends the session for good', async () => {
    const token = (await login('courier', STAFF_PASSWORD)).json<{ token: string }>().token;
    expect((await asStaff(app, token, 'POST', '/api/staff/logout')).statusCode).toBe(204);
    expect((await asStaff(app, token, 'GET', '/api/staff/me')).statusCode).toBe(401);
    expect((await asStaff(app, token, 'POST', '/api/staff/logout')).statusCode).toBe(401);
  });
});
