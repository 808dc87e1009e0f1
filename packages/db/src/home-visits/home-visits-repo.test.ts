import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeVisitSettlement } from '@lifecert/core';
import { verifyAuditChain } from '../audit-log.ts';
import { factsFor } from '../lifecycle/lifecycle-facts.ts';
import { addCampaign2018, addPerson, addStaff, certify } from '../lifecycle/test-people.ts';
import { createOrganisation } from '../organisations-repo.ts';
import type { Campaign } from '../schema.ts';
import { findScopedPensioners, getScopedPensioner } from '../staff/scoped-pensioners.ts';
import { createTestDb, type TestDb } from '../test-db.ts';
import { homeVisitDb } from './schema.ts';
import {
  bookedVisitOf,
  courierOrganisationId,
  getHomeVisit,
  listCourierDay,
} from './visit-read.ts';
import {
  completeHomeVisit,
  homeVisitCertificationOf,
  markHomeVisitPerson,
} from './visit-onsite.ts';
import { addHomeVisitPeople, cancelHomeVisit, insertHomeVisit } from './visit-write.ts';

const AUG_1 = Date.parse('2018-08-01T02:00:00Z');

describe('home-visit repositories', () => {
  let t: TestDb;
  let campaign: Campaign;
  let courierOrgId: string;
  let otherCourierOrgId: string;
  let staffId: string;
  const actor = () => ({ staffId, channel: 'staff_console', atMs: AUG_1 });
  const openReviews = async (pensionerId: string) => {
    const [f] = await factsFor(
      t.db,
      { id: campaign.id, windowStartMs: AUG_1 - 40 * 86_400_000, exemptionStartMs: 0 },
      [pensionerId],
      AUG_1 + 1,
    );
    return f!.openReviews;
  };
  const book = async (pensionerIds: string[], visitDate = '2018-08-02', courier = courierOrgId) =>
    t.db.transaction().execute((trx) =>
      insertHomeVisit(
        trx,
        {
          campaignId: campaign.id,
          courierOrgId: courier,
          address: '西工区中州路 1 号',
          districtCode: '410303',
          visitDate,
          pensionerIds,
        },
        actor(),
      ),
    );

  beforeAll(async () => {
    t = await createTestDb();
    campaign = await addCampaign2018(t.db);
    staffId = await addStaff(t.db);
    const org = (code: string) =>
      createOrganisation(t.db, { kind: 'courier', code, name_zh: code, name_en: code });
    courierOrgId = (await org('ems-test')).id;
    otherCourierOrgId = (await org('other-post')).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds the courier organisation by the profile code', async () => {
    expect(await courierOrganisationId(t.db, 'ems-test')).toBe(courierOrgId);
    expect(await courierOrganisationId(t.db, 'nope')).toBeUndefined();
  });

  it('books several people at one address, each with an open pending review', async () => {
    const people = [await addPerson(t.db), await addPerson(t.db), await addPerson(t.db)];
    const visitId = await book(people.map((p) => p.id));
    const visit = await getHomeVisit(t.db, visitId);
    expect(visit).toMatchObject({
      state: 'booked',
      visitDate: '2018-08-02',
      courierOrgId,
      people: people.map((p, i) => ({ pensionerId: p.id, position: i, outcome: 'pending' })),
    });
    for (const p of people) {
      expect(await openReviews(p.id)).toBe(1);
      expect(await bookedVisitOf(t.db, p.id)).toBe(visitId);
    }
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', visitId)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ action: 'home_visit.booked', actor_id: staffId }),
    ]);
    // The address is not copied into the audit chain.
    expect(JSON.stringify(audit[0]!.details)).not.toContain('中州路');
  });

  it("lets a courier see exactly the people of its organisation's booked visits", async () => {
    const [a, b, c] = [await addPerson(t.db), await addPerson(t.db), await addPerson(t.db)];
    await book([a.id, b.id], '2018-08-03');
    await book([c.id], '2018-08-03', otherCourierOrgId);
    const scope = { kind: 'booked_visits' as const, courierOrgId };
    const seen = await findScopedPensioners(t.db, scope, { namePrefix: '' }, 1000);
    const ids = seen.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(ids).not.toContain(c.id);
    expect(await getScopedPensioner(t.db, scope, c.id)).toBeUndefined();
    const other = await findScopedPensioners(
      t.db,
      { kind: 'booked_visits', courierOrgId: otherCourierOrgId },
      { namePrefix: '' },
      1000,
    );
    expect(other.map((p) => p.id)).toEqual([c.id]);

    const day = await listCourierDay(t.db, courierOrgId, '2018-08-03');
    expect(day.map((v) => v.people.map((p) => p.pensionerId))).toEqual([[a.id, b.id]]);
  });

  it('adds people in order and cancels, resolving every review and the courier scope', async () => {
    const [a, b] = [await addPerson(t.db), await addPerson(t.db)];
    const visitId = await book([a.id]);
    await t.db.transaction().execute(async (trx) => {
      const v = await getHomeVisit(trx, visitId, { lock: true });
      await addHomeVisitPeople(trx, v!, [b.id], actor());
    });
    expect((await getHomeVisit(t.db, visitId))!.people.map((p) => p.position)).toEqual([0, 1]);
    await t.db.transaction().execute(async (trx) => {
      const v = await getHomeVisit(trx, visitId, { lock: true });
      await cancelHomeVisit(trx, v!, '家属已带老人到柜台', actor());
    });
    expect(await getHomeVisit(t.db, visitId)).toMatchObject({
      state: 'cancelled',
      cancelReason: '家属已带老人到柜台',
    });
    expect(await openReviews(a.id)).toBe(0);
    expect(await openReviews(b.id)).toBe(0);
    expect(await bookedVisitOf(t.db, a.id)).toBeUndefined();
    const scope = { kind: 'booked_visits' as const, courierOrgId };
    expect(await getScopedPensioner(t.db, scope, a.id)).toBeUndefined();
  });

  it('marks each person once and completes with the payment, resolving the reviews', async () => {
    const [a, b] = [await addPerson(t.db), await addPerson(t.db)];
    const visitId = await book([a.id, b.id]);
    const certId = await certify(t.db, {
      pensionerId: a.id,
      campaignId: campaign.id,
      atMs: AUG_1 + 60_000,
      channel: 'home_visit',
    });
    // A counter certification before the visit is not the visit's certification.
    await certify(t.db, { pensionerId: b.id, campaignId: campaign.id, atMs: AUG_1 + 1 });
    expect(await homeVisitCertificationOf(t.db, a.id, campaign.id, AUG_1)).toBe(certId);
    expect(await homeVisitCertificationOf(t.db, b.id, campaign.id, AUG_1)).toBeUndefined();

    const courier = { staffId, channel: 'home_visit', atMs: AUG_1 + 120_000 };
    await t.db.transaction().execute(async (trx) => {
      const mark = (pensionerId: string, outcome: 'certified' | 'not_at_home', c: string | null) =>
        markHomeVisitPerson(trx, { visitId, pensionerId, outcome, certificationId: c }, courier);
      expect(await mark(a.id, 'certified', certId)).toBe(true);
      expect(await mark(a.id, 'not_at_home', null)).toBe(false);
      expect(await mark(b.id, 'not_at_home', null)).toBe(true);
    });
    const settlement: HomeVisitSettlement = {
      served: 1,
      perPersonFen: 2500,
      totalFen: 2500,
      payment: { amountFen: 2500, method: 'qr_code', receiptNo: 'EMS-1' },
    };
    await t.db.transaction().execute(async (trx) => {
      const v = await getHomeVisit(trx, visitId, { lock: true });
      await completeHomeVisit(trx, v!, settlement, courier);
    });
    expect(await getHomeVisit(t.db, visitId)).toMatchObject({
      state: 'completed',
      paidFen: 2500,
      perPersonFen: 2500,
      paymentMethod: 'qr_code',
      receiptNo: 'EMS-1',
      people: [
        { pensionerId: a.id, outcome: 'certified', certificationId: certId },
        { pensionerId: b.id, outcome: 'not_at_home', certificationId: null },
      ],
    });
    expect(await openReviews(a.id)).toBe(0);
    expect(await openReviews(b.id)).toBe(0);
    const actions = await t.db
      .selectFrom('audit_log')
      .select(['action', 'channel'])
      .where('entity_id', '=', visitId)
      .orderBy('seq')
      .execute();
    expect(actions).toEqual([
      { action: 'home_visit.booked', channel: 'staff_console' },
      { action: 'home_visit.person_marked', channel: 'home_visit' },
      { action: 'home_visit.person_marked', channel: 'home_visit' },
      { action: 'home_visit.completed', channel: 'home_visit' },
    ]);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('refuses inconsistent rows at the database too', async () => {
    const [a] = [await addPerson(t.db)];
    const visitId = await book([a.id]);
    // A payment on a visit still booked, and a certified person without a certification.
    await expect(
      homeVisitDb(t.db)
        .updateTable('home_visits')
        .set({ paid_fen: 2500, payment_method: 'cash', receipt_no: 'R1' })
        .where('id', '=', visitId)
        .execute(),
    ).rejects.toThrow();
    await expect(
      homeVisitDb(t.db)
        .updateTable('home_visit_people')
        .set({ outcome: 'certified', marked_at: new Date(AUG_1) })
        .where('visit_id', '=', visitId)
        .execute(),
    ).rejects.toThrow();
  });
});
