// Who may find and read whom: every role against every person, by ID number, name and id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test-app.ts';
import {
  ALL_ACCOUNTS,
  asStaff,
  startStaffApp,
  PEOPLE,
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

const EVERYONE = Object.keys(PEOPLE) as PersonName[];
// West is district 410302; east, the retiree and the bank's customer live in 410303.
const VISIBLE: Record<AccountName, PersonName[]> = {
  cityCounter: EVERYONE,
  westCounter: ['west', 'terminated'],
  eastCounter: ['east', 'retiree', 'banked'],
  employerClerk: ['retiree'],
  bankClerk: ['banked'],
  courier: [],
  reviewer: EVERYONE,
  auditor: EVERYONE,
  admin: EVERYONE,
};

type Summary = { id: string; name: string; idNumber: string };
type Search = { by: string; results: Summary[] };

const cases = ALL_ACCOUNTS.flatMap((account) =>
  EVERYONE.map((person) => ({ account, person, visible: VISIBLE[account].includes(person) })),
);

describe('GET /api/staff/pensioners?q=<ID number>', () => {
  it.each(cases)('$account finds $person: $visible', async ({ account, person, visible }) => {
    const res = await asStaff(
      app,
      tokens[account],
      'GET',
      `/api/staff/pensioners?q=${world.idNumbers[person]}`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json<Search>();
    expect(body.by).toBe('id_number');
    if (visible) {
      // The clerk typed the number, so it is shown in full.
      expect(body.results).toEqual([
        expect.objectContaining({ id: world.personIds[person], idNumber: world.idNumbers[person] }),
      ]);
    } else {
      expect(body.results).toEqual([]);
    }
  });
});

describe('GET /api/staff/pensioners/:id', () => {
  it.each(cases)('$account reads $person: $visible', async ({ account, person, visible }) => {
    const res = await asStaff(
      app,
      tokens[account],
      'GET',
      `/api/staff/pensioners/${world.personIds[person]}`,
    );
    // Out of scope looks exactly like a missing record.
    expect(res.statusCode).toBe(visible ? 200 : 404);
    if (visible) {
      const body = res.json<Summary & { campaign: { status: string } | null }>();
      expect(body.idNumber).not.toBe(world.idNumbers[person]);
      expect(body.idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
      expect(body.campaign?.status).toBe(person === 'terminated' ? 'not_eligible' : 'pending');
    }
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await asStaff(app, tokens.admin, 'GET', `/api/staff/pensioners/${unknown}`)).statusCode,
    ).toBe(404);
    expect(
      (await asStaff(app, tokens.admin, 'GET', '/api/staff/pensioners/1 or 1')).statusCode,
    ).toBe(400);
  });
});

describe('name search', () => {
  it.each(ALL_ACCOUNTS)('never shows %s anyone outside its scope', async (account) => {
    const found = new Set<string>();
    for (const prefix of ['西', '东', '厂', '银']) {
      const res = await asStaff(
        app,
        tokens[account],
        'GET',
        `/api/staff/pensioners?q=${encodeURIComponent(prefix)}`,
      );
      expect(res.statusCode).toBe(200);
      const body = res.json<Search>();
      expect(body.by).toBe('name');
      for (const r of body.results) {
        found.add(r.id);
        expect(r.idNumber).toContain('*');
      }
    }
    expect([...found].sort()).toEqual(VISIBLE[account].map((p) => world.personIds[p]).sort());
  });

  it('refuses an empty query and anonymous callers', async () => {
    expect((await asStaff(app, tokens.admin, 'GET', '/api/staff/pensioners?q=')).statusCode).toBe(
      400,
    );
    expect((await asStaff(app, undefined, 'GET', '/api/staff/pensioners?q=x')).statusCode).toBe(
      401,
    );
  });

  it('audits searches without what was typed', async () => {
    await asStaff(
      app,
      tokens.eastCounter,
      'GET',
      `/api/staff/pensioners?q=${world.idNumbers.east}`,
    );
    const rows = await app.testDb.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actor_id', '=', world.staffIds.eastCounter)
      .where('action', '=', 'pensioners.searched')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(world.idNumbers.east);
  });
});
