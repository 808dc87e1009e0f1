import type { Transaction, Updateable } from 'kysely';
import { appendAudit } from '../audit-log.ts';
import { openPendingReview, resolvePendingReview } from '../lifecycle/pending-reviews-repo.ts';
import type { Database } from '../schema.ts';
import { homeVisitDb, type HomeVisitsTable } from './schema.ts';
import type { HomeVisit } from './visit-read.ts';

export type HomeVisitActor = { staffId: string; channel: string; atMs: number };

/** One audit entry about a visit, by the staff member acting on it. */
export const auditHomeVisit = (
  trx: Transaction<Database>,
  actor: HomeVisitActor,
  action: string,
  visitId: string,
  details: Record<string, unknown>,
) =>
  appendAudit(trx, {
    actor: { kind: 'staff', id: actor.staffId },
    channel: actor.channel,
    action,
    entity: 'home_visit',
    entityId: visitId,
    at: new Date(actor.atMs),
    details,
  });

export type NewHomeVisit = {
  campaignId: string;
  courierOrgId: string;
  address: string;
  districtCode: string;
  visitDate: string;
  pensionerIds: readonly string[];
};

// Each person gets an open pending review in the same transaction as the booking, so close-out
// never sees someone booked without it.
const addPeople = async (
  trx: Transaction<Database>,
  visitId: string,
  campaignId: string,
  pensionerIds: readonly string[],
  firstPosition: number,
  atMs: number,
): Promise<void> => {
  for (const [i, pensionerId] of pensionerIds.entries()) {
    const pendingReviewId = await openPendingReview(trx, {
      pensionerId,
      campaignId,
      kind: 'home_visit',
      openedAtMs: atMs,
    });
    await homeVisitDb(trx)
      .insertInto('home_visit_people')
      .values({
        visit_id: visitId,
        pensioner_id: pensionerId,
        pending_review_id: pendingReviewId,
        position: firstPosition + i,
      })
      .execute();
  }
};

/** Books a visit in the caller's transaction; the caller has checked scope, area and people. */
export const insertHomeVisit = async (
  trx: Transaction<Database>,
  v: NewHomeVisit,
  actor: HomeVisitActor,
): Promise<string> => {
  const row = await homeVisitDb(trx)
    .insertInto('home_visits')
    .values({
      campaign_id: v.campaignId,
      courier_org_id: v.courierOrgId,
      address: v.address,
      district_code: v.districtCode,
      visit_date: v.visitDate,
      booked_by: actor.staffId,
      booked_at: new Date(actor.atMs),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addPeople(trx, row.id, v.campaignId, v.pensionerIds, 0, actor.atMs);
  // The address stays in its table: the chain keeps no free text that may identify a home.
  await auditHomeVisit(trx, actor, 'home_visit.booked', row.id, {
    campaignId: v.campaignId,
    courierOrgId: v.courierOrgId,
    districtCode: v.districtCode,
    visitDate: v.visitDate,
    pensionerIds: [...v.pensionerIds],
  });
  return row.id;
};

/** Adds people to a booked visit (same household, e.g. a spouse) after the caller's checks. */
export const addHomeVisitPeople = async (
  trx: Transaction<Database>,
  visit: HomeVisit,
  pensionerIds: readonly string[],
  actor: HomeVisitActor,
): Promise<void> => {
  const next = Math.max(-1, ...visit.people.map((p) => p.position)) + 1;
  await addPeople(trx, visit.id, visit.campaignId, pensionerIds, next, actor.atMs);
  await auditHomeVisit(trx, actor, 'home_visit.people_added', visit.id, {
    pensionerIds: [...pensionerIds],
  });
};

/**
 * Ends a booked visit (completed or cancelled) with its closing columns, resolves its people's
 * pending reviews and audits it, all in the caller's transaction. Throws when the visit is no
 * longer booked, so two couriers or clerks closing it at once cannot both succeed.
 */
export const closeBookedVisit = async (
  trx: Transaction<Database>,
  visit: HomeVisit,
  close: { state: 'completed' | 'cancelled' } & Updateable<HomeVisitsTable>,
  actor: HomeVisitActor,
  details: Record<string, unknown>,
): Promise<void> => {
  await homeVisitDb(trx)
    .updateTable('home_visits')
    .set({ ...close, closed_by: actor.staffId, closed_at: new Date(actor.atMs) })
    .where('id', '=', visit.id)
    .where('state', '=', 'booked')
    .executeTakeFirstOrThrow();
  for (const p of visit.people) await resolvePendingReview(trx, p.pendingReviewId, actor.atMs);
  await auditHomeVisit(trx, actor, `home_visit.${close.state}`, visit.id, details);
};

/** Cancels a booked visit and resolves its people's pending reviews. */
export const cancelHomeVisit = (
  trx: Transaction<Database>,
  visit: HomeVisit,
  reason: string,
  actor: HomeVisitActor,
): Promise<void> =>
  closeBookedVisit(trx, visit, { state: 'cancelled', cancel_reason: reason }, actor, {
    pensionerIds: visit.people.map((p) => p.pensionerId),
  });
