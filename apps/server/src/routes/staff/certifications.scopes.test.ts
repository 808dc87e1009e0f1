// In-person ID checks: only desk clerks, only inside their scope, once a campaign, with a reason.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test-app.ts';
import { makeIdNumber, seedPensioner } from '../self-service/test-fixtures.ts';
import { staffDb } from '@lifecert/db';
import {
  ALL_ACCOUNTS,
  ACCOUNTS,
  asStaff,
  startStaffApp,
  type AccountName,
  type PersonName,
  type StaffWorld,
} from './test-staff.ts';

let app: TestApp;
let world: StaffWorld;
let tokens: Record<AccountName, string>;

beforeAll(async () => {
  ({ app, world, tokens } = await startStaffApp());
});
afterAll(async () => {
  await app?.close();
});

const REASON = '面部识别多次失败，已核对身份证';
const certify = (account: AccountName, person: PersonName, reason = REASON) =>
  asStaff(
    app,
    tokens[account],
    'POST',
    `/api/staff/pensioners/${world.personIds[person]}/certifications`,
    {
      method: 'id_check',
      reason,
    },
  );
const certificationsOf = (person: PersonName) =>
  app.testDb.db
    .selectFrom('certifications')
    .selectAll()
    .where('pensioner_id', '=', world.personIds[person])
    .execute();
const errorCode = (res: { json: <T>() => T }) => res.json<{ error: { code: string } }>().error.code;

const CLERKS = new Set(['counter_clerk', 'employer_clerk', 'bank_clerk']);

describe('POST /api/staff/pensioners/:id/certifications', () => {
  it.each(ALL_ACCOUNTS.filter((a) => !CLERKS.has(ACCOUNTS[a])))(
    'refuses %s (not a desk clerk) with 403 and records nothing',
    async (account) => {
      const res = await certify(account, 'east');
      expect(res.statusCode).toBe(403);
      expect(await certificationsOf('east')).toEqual([]);
    },
  );

  it('answers 401 without a session', async () => {
    const res = await asStaff(
      app,
      undefined,
      'POST',
      `/api/staff/pensioners/${world.personIds.east}/certifications`,
      {
        method: 'id_check',
        reason: REASON,
      },
    );
    expect(res.statusCode).toBe(401);
  });

  it.each([
    ['westCounter', 'east'],
    ['eastCounter', 'west'],
    ['employerClerk', 'east'],
    ['bankClerk', 'retiree'],
  ] as const)('refuses %s for %s (outside its scope) with 404', async (account, person) => {
    const res = await certify(account, person);
    expect(res.statusCode).toBe(404);
    expect(await certificationsOf(person)).toEqual([]);
  });

  it('requires a reason of at least four characters', async () => {
    for (const reason of ['', '   ', 'abc', '  ab  ']) {
      const res = await certify('eastCounter', 'east', reason);
      expect(res.statusCode).toBe(400);
    }
    expect(await certificationsOf('east')).toEqual([]);
  });

  it.each([
    ['eastCounter', 'east', 'counter'],
    ['employerClerk', 'retiree', 'employer'],
    ['bankClerk', 'banked', 'bank'],
  ] as const)(
    '%s certifies %s through the %s channel, with operator, reason and audit',
    async (account, person, channel) => {
      const res = await certify(account, person, `  ${REASON}  `);
      expect(res.statusCode).toBe(201);
      const body = res.json<{ certificateNo: string; channel: string; method: string }>();
      expect(body).toMatchObject({ channel, method: 'id_check' });
      expect(body.certificateNo).toMatch(/^[A-Z]{1,6}2018-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

      const [row, ...more] = await certificationsOf(person);
      expect(more).toEqual([]);
      expect(row).toMatchObject({
        channel,
        method: 'id_check',
        operator_id: world.staffIds[account],
        certificate_no: body.certificateNo,
      });
      const reason = await staffDb(app.testDb.db)
        .selectFrom('assisted_id_checks')
        .selectAll()
        .where('certification_id', '=', row!.id)
        .executeTakeFirst();
      expect(reason).toMatchObject({ reason: REASON, recorded_by: world.staffIds[account] });
      const audit = await app.testDb.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'certification.recorded')
        .where('entity_id', '=', world.personIds[person])
        .execute();
      expect(audit).toEqual([
        expect.objectContaining({
          actor_kind: 'staff',
          actor_id: world.staffIds[account],
          channel,
        }),
      ]);

      // The person's record now shows the certification.
      const detail = await asStaff(
        app,
        tokens.reviewer,
        'GET',
        `/api/staff/pensioners/${world.personIds[person]}`,
      );
      expect(detail.json()).toMatchObject({
        campaign: { status: 'certified' },
        history: [{ channel, method: 'id_check', certificateNo: body.certificateNo }],
      });
    },
  );

  it('refuses a second certification in the same campaign', async () => {
    const res = await certify('cityCounter', 'east');
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('already_certified');
    expect(await certificationsOf('east')).toHaveLength(1);
  });

  it('refuses a person whose benefits ended', async () => {
    const res = await certify('westCounter', 'terminated');
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('benefits_terminated');
  });

  it('refuses someone recorded dead and raises a fraud alert', async () => {
    const p = await seedPensioner(app.testDb.db, { idNumber: makeIdNumber(90), name: '已故老人' });
    await sql`insert into death_records (pensioner_id, date_of_death, source, recorded_at)
      values (${p.id}, '2018-07-15', 'test', now())`.execute(app.testDb.db);
    const res = await asStaff(
      app,
      tokens.westCounter,
      'POST',
      `/api/staff/pensioners/${p.id}/certifications`,
      {
        method: 'id_check',
        reason: REASON,
      },
    );
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('certification_blocked_deceased');
    const { rows } = await sql<{ channel: string }>`
      select channel from fraud_alerts where pensioner_id = ${p.id}`.execute(app.testDb.db);
    expect(rows).toEqual([{ channel: 'counter' }]);
  });

  it('lets two clerks racing for one person store one certification', async () => {
    const [a, b] = await Promise.all([
      certify('westCounter', 'west'),
      certify('cityCounter', 'west'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect(await certificationsOf('west')).toHaveLength(1);
  });
});
