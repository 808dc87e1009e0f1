// Booking, the courier's round and payment, through the HTTP API on a real database.
import { homeVisitFee } from '@lifecert/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-app.ts';
import { asStaff, logInAll, type AccountName } from '../staff/test-staff.ts';
import {
  bookingFor,
  seedHomeVisitWorld,
  type HomeVisitWorld,
  type VisitBody,
} from './test-home-visits.ts';

let app: TestApp;
let world: HomeVisitWorld;
let tokens: Record<AccountName, string>;

beforeAll(async () => {
  app = await buildTestApp();
  world = await seedHomeVisitWorld(app);
  tokens = await logInAll(app);
});
afterAll(async () => {
  await app?.close();
});

type ErrorReply = {
  error: {
    code: string;
    message: string;
    messages: { en: string };
    details?: Record<string, unknown>;
  };
};
const book = (body: Record<string, unknown>, url = '/api/staff/home-visits') =>
  asStaff(app, tokens.eastCounter, 'POST', url, body);
const courier = (url: string, body?: unknown) =>
  asStaff(app, world.emsToken, body === undefined ? 'GET' : 'POST', url, body);
const openReviews = async (pensionerId: string) =>
  (
    await sql<{ id: string }>`
      select id from pending_reviews
      where pensioner_id = ${pensionerId} and kind = 'home_visit' and resolved_at is null`.execute(
      app.testDb.db,
    )
  ).rows.length;
const certificationsOf = (pensionerId: string) =>
  app.testDb.db
    .selectFrom('certifications')
    .selectAll()
    .where('pensioner_id', '=', pensionerId)
    .execute();

describe('booking', () => {
  it('refuses an address outside the service area, in Chinese by default and in English', async () => {
    const res = await book(bookingFor([world.household[5]!], { districtCode: '410101' }));
    expect(res.statusCode).toBe(422);
    const body = res.json<ErrorReply>();
    expect(body.error).toMatchObject({
      code: 'home_visit_outside_service_area',
      message: '上门服务仅限服务区域内。',
      details: { field: 'districtCode' },
    });
    expect(body.error.messages.en).toBe('Home visits are only available inside the service area.');
    const en = await asStaff(
      app,
      tokens.eastCounter,
      'POST',
      '/api/staff/home-visits?lang=en',
      bookingFor([world.household[5]!], { districtCode: '410101' }),
    );
    expect(en.json<ErrorReply>().error.message).toBe(
      'Home visits are only available inside the service area.',
    );
    expect(await openReviews(world.household[5]!)).toBe(0);
  });

  it.each([
    [{ visitDate: '2018-07-31' }, 422, 'home_visit_date_out_of_range'],
    [{ visitDate: '2018-09-01' }, 422, 'home_visit_date_out_of_range'],
    [{ visitDate: 'tomorrow' }, 400, 'date_invalid'],
    [{ address: '   ' }, 400, 'field_required'],
    [{ address: 42 }, 400, 'validation_failed'],
  ])('refuses %j (%i %s)', async (over, status, code) => {
    const res = await book(bookingFor([world.household[5]!], over));
    expect(res.statusCode).toBe(status);
    expect(res.json<ErrorReply>().error.code).toBe(code);
  });

  it('refuses the same person twice in one booking', async () => {
    const res = await book(bookingFor([world.household[5]!, world.household[5]!]));
    expect(res.json<ErrorReply>().error.code).toBe('value_not_allowed');
  });

  it('refuses someone already certified, and writes nothing for the others', async () => {
    const res = await book(bookingFor([world.household[5]!, world.personIds.east]));
    expect(res.statusCode).toBe(201);
    const visit = res.json<VisitBody>();
    // Certify household[4] at the counter first, then try to book them with someone else.
    const cert = await asStaff(
      app,
      tokens.eastCounter,
      'POST',
      `/api/staff/pensioners/${world.household[4]}/certifications`,
      { method: 'id_check', reason: '本人到柜台，核对身份证' },
    );
    expect(cert.statusCode).toBe(201);
    const refused = await book(bookingFor([world.personIds.banked, world.household[4]!]));
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorReply>().error).toMatchObject({
      code: 'already_certified',
      details: { pensionerId: world.household[4] },
    });
    expect(await openReviews(world.personIds.banked)).toBe(0);

    // Cancelling resolves the reviews of everyone on the visit.
    expect(await openReviews(world.household[5]!)).toBe(1);
    const cancelled = await book(
      { reason: '家属已带老人到柜台办理' },
      `/api/staff/home-visits/${visit.id}/cancel`,
    );
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled' });
    expect(await openReviews(world.household[5]!)).toBe(0);
    expect(await openReviews(world.personIds.east)).toBe(0);
    const again = await book({ reason: '再次取消' }, `/api/staff/home-visits/${visit.id}/cancel`);
    expect(again.json<ErrorReply>().error.code).toBe('home_visit_not_open');
  });
});

describe('a three-person visit from booking to payment', () => {
  let visit: VisitBody;
  const [first, second, third] = [0, 1, 2];

  it('books two, adds a third, and quotes the fee by the profile rule', async () => {
    const rule = app.deps.profile.homeVisit;
    const res = await book(bookingFor([world.household[first]!, world.household[second]!]));
    expect(res.statusCode).toBe(201);
    visit = res.json<VisitBody>();
    expect(visit.fee).toEqual({
      people: 2,
      perPersonFen: rule.perPersonFen,
      totalFen: 2 * rule.perPersonFen,
    });
    // ID numbers are masked on the visit: the courier compares, never copies.
    expect(visit.people[0]!.idNumber).toMatch(/^410\*{11}\d{3}[\dX]$/);

    const added = await book(
      { pensionerIds: [world.household[third]] },
      `/api/staff/home-visits/${visit.id}/people`,
    );
    expect(added.statusCode).toBe(200);
    visit = added.json<VisitBody>();
    expect(visit.people).toHaveLength(3);
    expect(visit.fee).toEqual({ people: 3, perPersonFen: 2000, totalFen: 6000 });
    for (const p of visit.people) expect(await openReviews(p.pensionerId)).toBe(1);
  });

  it("shows on the courier's day list with address, people and fee", async () => {
    const res = await courier('/api/staff/home-visits?date=2018-08-02');
    const listed = res.json<{ visits: (VisitBody & { address: string })[] }>().visits;
    const mine = listed.find((v) => v.id === visit.id);
    expect(mine).toMatchObject({
      address: '西工区中州中路 29 号 2 单元 301',
      fee: { totalFen: 6000 },
      people: [{ outcome: 'pending' }, { outcome: 'pending' }, { outcome: 'pending' }],
    });
    expect((await courier('/api/staff/home-visits?date=2018-08-03')).json()).toMatchObject({
      visits: [],
    });
  });

  it('refuses completing before everyone is marked, and "done" without a certification', async () => {
    const early = await courier(`/api/staff/home-visits/${visit.id}/complete`, {
      payment: { amountFen: 6000, method: 'cash', receiptNo: 'EMS-001' },
    });
    expect(early.json<ErrorReply>().error.code).toBe('home_visit_people_unmarked');
    const claimed = await courier(
      `/api/staff/home-visits/${visit.id}/people/${world.household[first]}/outcome`,
      { outcome: 'certified' },
    );
    expect(claimed.statusCode).toBe(409);
    expect(claimed.json<ErrorReply>().error.code).toBe('home_visit_not_certified');
  });

  it('certifies each in turn through the home_visit channel with the courier as operator', async () => {
    for (const i of [first, second, third]) {
      const res = await courier(
        `/api/staff/home-visits/${visit.id}/people/${world.household[i]}/id-check`,
        { reason: '老人卧床，上门核对身份证' },
      );
      expect(res.statusCode).toBe(200);
      visit = res.json<VisitBody>();
      expect(visit.people[i]!.outcome).toBe('certified');
      expect(visit.people[i]!.certificateNo).toMatch(/^[A-Z]{1,6}2018-/);
      const [cert, ...more] = await certificationsOf(world.household[i]!);
      expect(more).toEqual([]);
      expect(cert).toMatchObject({
        channel: 'home_visit',
        method: 'id_check',
        operator_id: world.emsStaffId,
        certificate_no: visit.people[i]!.certificateNo,
      });
    }
    expect(visit.due).toEqual({ people: 3, perPersonFen: 2000, totalFen: 6000 });
    const twice = await courier(
      `/api/staff/home-visits/${visit.id}/people/${world.household[first]}/outcome`,
      { outcome: 'not_at_home' },
    );
    expect(twice.json<ErrorReply>().error.code).toBe('home_visit_person_already_marked');
  });

  it('refuses a payment that does not equal the fee, naming the amount due', async () => {
    for (const payment of [{ amountFen: 7500, method: 'cash', receiptNo: 'EMS-001' }, null]) {
      const res = await courier(`/api/staff/home-visits/${visit.id}/complete`, { payment });
      expect(res.statusCode).toBe(422);
      expect(res.json<ErrorReply>().error).toMatchObject({
        code: 'home_visit_payment_mismatch',
        details: { expectedFen: 6000 },
      });
    }
    const bad = await courier(`/api/staff/home-visits/${visit.id}/complete`, {
      payment: { amountFen: 6000, method: 'cheque', receiptNo: 'EMS-001' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('records 60.00 CNY and completes: reviews resolved, audited, people out of the courier scope', async () => {
    const res = await courier(`/api/staff/home-visits/${visit.id}/complete`, {
      payment: { amountFen: 6000, method: 'cash', receiptNo: 'EMS-001' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'completed',
      payment: { amountFen: 6000, method: 'cash', receiptNo: 'EMS-001' },
    });
    for (const p of visit.people) expect(await openReviews(p.pensionerId)).toBe(0);
    const audit = await app.testDb.db
      .selectFrom('audit_log')
      .select(['action', 'channel', 'actor_id'])
      .where('entity_id', '=', visit.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'home_visit.booked',
      'home_visit.people_added',
      'home_visit.person_marked',
      'home_visit.person_marked',
      'home_visit.person_marked',
      'home_visit.completed',
    ]);
    expect(audit.at(-1)).toEqual({
      action: 'home_visit.completed',
      channel: 'home_visit',
      actor_id: world.emsStaffId,
    });
    const detail = await courier(`/api/staff/pensioners/${world.household[first]}`);
    expect(detail.statusCode).toBe(404);
    const late = await courier(
      `/api/staff/home-visits/${visit.id}/people/${world.household[first]}/outcome`,
      { outcome: 'not_at_home' },
    );
    expect(late.json<ErrorReply>().error.code).toBe('home_visit_not_open');
  });

  it('marks a person done after a face certification on the visit (as the staff face API stores it)', async () => {
    const person = world.household[5]!;
    const res = await book(bookingFor([person]));
    const v = res.json<VisitBody>();
    const campaign = await app.testDb.db
      .selectFrom('campaigns')
      .select('id')
      .where('year', '=', 2018)
      .executeTakeFirstOrThrow();
    // A counter certification does not count for the visit, a home_visit one does.
    const insert = (channel: 'counter' | 'home_visit', no: string) =>
      app.testDb.db
        .insertInto('certifications')
        .values({
          pensioner_id: person,
          campaign_id: campaign.id,
          channel,
          method: 'face',
          operator_id: world.emsStaffId,
          certified_at: new Date(app.deps.clock.now()),
          certificate_no: no,
          match_score: 0.8,
        })
        .execute();
    await insert('counter', 'LY2018-TEST-0001');
    const url = `/api/staff/home-visits/${v.id}/people/${person}/outcome`;
    expect((await courier(url, { outcome: 'certified' })).statusCode).toBe(409);
    await insert('home_visit', 'LY2018-TEST-0002');
    const done = await courier(url, { outcome: 'certified' });
    expect(done.statusCode).toBe(200);
    expect(done.json<VisitBody>().people[0]).toMatchObject({
      outcome: 'certified',
      certificateNo: 'LY2018-TEST-0002',
    });
    expect(done.json<VisitBody>().due).toMatchObject({ totalFen: 2500 });
  });

  it('charges only the people served: one of two at home pays the full single rate', async () => {
    const res = await book(bookingFor([world.household[3]!, world.personIds.retiree]));
    const v = res.json<VisitBody>();
    expect(v.fee.totalFen).toBe(5000);
    await courier(`/api/staff/home-visits/${v.id}/people/${world.household[3]}/id-check`, {
      reason: '老人卧床，上门核对身份证',
    });
    await courier(`/api/staff/home-visits/${v.id}/people/${world.personIds.retiree}/outcome`, {
      outcome: 'not_at_home',
    });
    const rule = app.deps.profile.homeVisit;
    const one = homeVisitFee(rule, 1);
    const done = await courier(`/api/staff/home-visits/${v.id}/complete`, {
      payment: {
        amountFen: one.ok ? one.value.totalFen : -1,
        method: 'qr_code',
        receiptNo: 'EMS-002',
      },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ state: 'completed', payment: { amountFen: 2500 } });
    // The person not at home is no longer protected from close-out by this visit.
    expect(await openReviews(world.personIds.retiree)).toBe(0);
  });
});
