// Who may do what with home visits: counter clerks and administrators book for people in their
// own scope; only the profile's courier organisation sees its visits and their people; every
// other role is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-app.ts';
import {
  ACCOUNTS,
  ALL_ACCOUNTS,
  asStaff,
  logInAll,
  type AccountName,
} from '../staff/test-staff.ts';
import {
  bookingFor,
  seedHomeVisitWorld,
  type HomeVisitWorld,
  type VisitBody,
} from './test-home-visits.ts';

let app: TestApp;
let world: HomeVisitWorld;
let tokens: Record<AccountName, string>;
let visit: VisitBody;

const BOOKERS = new Set<string>(['counter_clerk', 'admin']);
const visitCount = async () =>
  Number(
    (
      await app.testDb.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', '=', 'home_visit.booked')
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  app = await buildTestApp();
  world = await seedHomeVisitWorld(app);
  tokens = await logInAll(app);
  const res = await asStaff(
    app,
    tokens.eastCounter,
    'POST',
    '/api/staff/home-visits',
    bookingFor(world.household.slice(0, 3)),
  );
  expect(res.statusCode).toBe(201);
  visit = res.json<VisitBody>();
});
afterAll(async () => {
  await app?.close();
});

describe('booking (POST /api/staff/home-visits)', () => {
  it.each(ALL_ACCOUNTS.filter((a) => !BOOKERS.has(ACCOUNTS[a])))(
    'refuses %s with 403 and books nothing',
    async (account) => {
      const before = await visitCount();
      const res = await asStaff(
        app,
        tokens[account],
        'POST',
        '/api/staff/home-visits',
        bookingFor([world.personIds.east]),
      );
      expect(res.statusCode).toBe(403);
      expect(await visitCount()).toBe(before);
    },
  );

  it('refuses the courier of the profile too (couriers serve, they do not book)', async () => {
    const res = await asStaff(
      app,
      world.emsToken,
      'POST',
      '/api/staff/home-visits',
      bookingFor([world.personIds.east]),
    );
    expect(res.statusCode).toBe(403);
  });

  it('answers 401 without a session', async () => {
    const res = await asStaff(
      app,
      undefined,
      'POST',
      '/api/staff/home-visits',
      bookingFor([world.personIds.east]),
    );
    expect(res.statusCode).toBe(401);
  });

  it('lets a counter clerk book only people of its own district (404 otherwise)', async () => {
    const before = await visitCount();
    const res = await asStaff(
      app,
      tokens.westCounter,
      'POST',
      '/api/staff/home-visits',
      bookingFor([world.personIds.east]),
    );
    expect(res.statusCode).toBe(404);
    // One person out of scope spoils the whole booking.
    const mixed = await asStaff(
      app,
      tokens.eastCounter,
      'POST',
      '/api/staff/home-visits',
      bookingFor([world.personIds.east, world.personIds.west]),
    );
    expect(mixed.statusCode).toBe(404);
    expect(await visitCount()).toBe(before);
  });

  it.each(['westCounter', 'cityCounter', 'admin'] as const)(
    '%s books someone of its scope',
    async (account) => {
      const res = await asStaff(
        app,
        tokens[account],
        'POST',
        '/api/staff/home-visits',
        bookingFor([world.personIds.west], { districtCode: '410302' }),
      );
      if (account === 'westCounter') expect(res.statusCode).toBe(201);
      // The same person cannot be on two booked visits.
      else
        expect(res.json<{ error: { code: string } }>().error.code).toBe(
          'home_visit_already_booked',
        );
    },
  );
});

describe('reading a visit (GET /api/staff/home-visits/:id)', () => {
  it.each([
    ['eastCounter', 200],
    ['cityCounter', 200],
    ['admin', 200],
    ['westCounter', 404],
    ['courier', 404],
    ['employerClerk', 403],
    ['bankClerk', 403],
    ['reviewer', 403],
    ['auditor', 403],
  ] as const)('%s gets %i', async (account, status) => {
    const res = await asStaff(app, tokens[account], 'GET', `/api/staff/home-visits/${visit.id}`);
    expect(res.statusCode).toBe(status);
  });

  it("lets the profile's courier read it", async () => {
    const res = await asStaff(app, world.emsToken, 'GET', `/api/staff/home-visits/${visit.id}`);
    expect(res.statusCode).toBe(200);
  });
});

describe("the courier's day list and scope", () => {
  it.each(ALL_ACCOUNTS.filter((a) => ACCOUNTS[a] !== 'courier'))(
    'refuses %s the day list with 403',
    async (account) => {
      const res = await asStaff(
        app,
        tokens[account],
        'GET',
        '/api/staff/home-visits?date=2018-08-02',
      );
      expect(res.statusCode).toBe(403);
    },
  );

  it("shows the profile courier its visits, and another courier organisation's nothing", async () => {
    const own = await asStaff(app, world.emsToken, 'GET', '/api/staff/home-visits?date=2018-08-02');
    expect(own.statusCode).toBe(200);
    expect(own.json<{ visits: VisitBody[] }>().visits.map((v) => v.id)).toContain(visit.id);
    const other = await asStaff(
      app,
      tokens.courier,
      'GET',
      '/api/staff/home-visits?date=2018-08-02',
    );
    expect(other.json()).toEqual({ date: '2018-08-02', visits: [] });
  });

  it('lets the courier find only people with a booked visit', async () => {
    const search = async (token: string, q: string) =>
      (await asStaff(app, token, 'GET', `/api/staff/pensioners?q=${encodeURIComponent(q)}`))
        .json<{ results: { id: string }[] }>()
        .results.map((r) => r.id);
    expect(await search(world.emsToken, '王')).toEqual(
      expect.arrayContaining(world.household.slice(0, 3)),
    );
    expect(await search(world.emsToken, '李')).toEqual([]);
    expect(await search(world.emsToken, '赵')).toEqual([]);
    expect(await search(world.emsToken, '东区')).toEqual([]);
    expect(await search(tokens.courier, '王')).toEqual([]);
    const detail = await asStaff(
      app,
      world.emsToken,
      'GET',
      `/api/staff/pensioners/${world.personIds.east}`,
    );
    expect(detail.statusCode).toBe(404);
  });
});

describe('on-site actions and cancelling', () => {
  const onSite: ((visitId: string, pensionerId: string) => [string, object])[] = [
    (id, p) => [
      `/api/staff/home-visits/${id}/people/${p}/id-check`,
      { reason: '老人卧床，核对身份证' },
    ],
    (id, p) => [`/api/staff/home-visits/${id}/people/${p}/outcome`, { outcome: 'not_at_home' }],
    (id) => [`/api/staff/home-visits/${id}/complete`, { payment: null }],
  ];

  it.each(ALL_ACCOUNTS.filter((a) => ACCOUNTS[a] !== 'courier'))(
    'refuses %s every on-site action with 403',
    async (account) => {
      for (const route of onSite) {
        const [url, body] = route(visit.id, world.household[0]!);
        const res = await asStaff(app, tokens[account], 'POST', url, body);
        expect(res.statusCode).toBe(403);
      }
    },
  );

  it("refuses another courier organisation's staff with 404", async () => {
    for (const route of onSite) {
      const [url, body] = route(visit.id, world.household[0]!);
      const res = await asStaff(app, tokens.courier, 'POST', url, body);
      expect(res.statusCode).toBe(404);
    }
    const stored = await asStaff(app, world.emsToken, 'GET', `/api/staff/home-visits/${visit.id}`);
    expect(stored.json<VisitBody>().people.map((p) => p.outcome)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
  });

  it.each([
    ['courier', 403],
    ['reviewer', 403],
    ['westCounter', 404],
  ] as const)('refuses %s cancelling (%i)', async (account, status) => {
    const res = await asStaff(
      app,
      tokens[account],
      'POST',
      `/api/staff/home-visits/${visit.id}/cancel`,
      {
        reason: '家属改为到柜台办理',
      },
    );
    expect(res.statusCode).toBe(status);
  });

  it('refuses a west clerk adding people to an east visit', async () => {
    const res = await asStaff(
      app,
      tokens.westCounter,
      'POST',
      `/api/staff/home-visits/${visit.id}/people`,
      {
        pensionerIds: [world.personIds.west],
      },
    );
    expect(res.statusCode).toBe(404);
  });
});

describe("a person's booked visit (GET /api/staff/home-visits/of/:pensionerId)", () => {
  const of = (account: AccountName, pensionerId: string) =>
    asStaff(app, tokens[account], 'GET', `/api/staff/home-visits/of/${pensionerId}`);

  it('answers bookers inside their scope', async () => {
    const res = await of('eastCounter', world.household[0]!);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ booked: { id: visit.id, visitDate: '2018-08-02' } });
    expect((await of('admin', world.household[5]!)).json()).toEqual({ booked: null });
  });

  it('refuses a clerk of another district (404) and other roles (403)', async () => {
    expect((await of('westCounter', world.household[0]!)).statusCode).toBe(404);
    for (const account of ['courier', 'reviewer', 'auditor', 'bankClerk'] as const) {
      expect((await of(account, world.household[0]!)).statusCode).toBe(403);
    }
  });
});
