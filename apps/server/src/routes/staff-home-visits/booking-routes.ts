import {
  assistedCertificationGate,
  checkVisitSize,
  rolesAllowed,
  shanghaiDate,
  validateHomeVisitBooking,
  validateIdCheckReason,
  type SelfCampaign,
} from '@lifecert/core';
import {
  addHomeVisitPeople,
  bookedVisitOf,
  cancelHomeVisit,
  courierOrganisationId,
  getHomeVisit,
  getScopedPensioner,
  insertHomeVisit,
  type Database,
} from '@lifecert/db';
import type { Kysely } from 'kysely';
import type { AppInstance } from '../../app-types.ts';
import type { AppDeps } from '../../deps.ts';
import { requireStaff, staffOf, type StaffAuth } from '../../auth/staff-session.ts';
import { AppError, fromDomain } from '../../errors.ts';
import { staffSituation } from '../staff/situation.ts';
import { STAFF_CONSOLE } from '../staff/staff-console.ts';
import {
  AddPeopleBody,
  BookVisitBody,
  CancelVisitBody,
  PersonParams,
  PersonVisitReply,
  VisitParams,
  VisitReply,
} from './schemas.ts';
import { visibleVisit } from './visit-access.ts';
import { visitView } from './visit-view.ts';

const distinct = (ids: readonly string[]): string[] => {
  if (new Set(ids).size !== ids.length) {
    throw new AppError('value_not_allowed', { field: 'pensionerIds' });
  }
  return [...ids];
};

/** Everyone must be in the booker's scope; 404 names the first who is not. */
const requireInScope = async (db: Kysely<Database>, staff: StaffAuth, ids: string[]) => {
  for (const pensionerId of ids) {
    if (!(await getScopedPensioner(db, staff.scope, pensionerId))) {
      throw new AppError('not_found', { pensionerId });
    }
  }
};

/**
 * Locks each person's row (in id order, so two bookings cannot deadlock) and checks they still
 * need certifying this campaign and are not on another booked visit. Returns the campaign.
 */
const lockBookable = async (
  deps: AppDeps,
  trx: Kysely<Database>,
  ids: string[],
): Promise<SelfCampaign> => {
  let campaign: SelfCampaign | undefined;
  for (const pensionerId of [...ids].sort()) {
    const s = await staffSituation(deps, trx, pensionerId, { lock: true });
    const gate = assistedCertificationGate({ campaign: s?.campaign, status: s?.status });
    if (!gate.ok) throw new AppError(gate.error, { pensionerId });
    if (await bookedVisitOf(trx, pensionerId)) {
      throw new AppError('home_visit_already_booked', { pensionerId });
    }
    campaign = gate.value;
  }
  if (!campaign) throw new AppError('home_visit_no_people');
  return campaign;
};

export function bookingRoutes(app: AppInstance): void {
  const bookers = rolesAllowed('home_visits.book');
  const readers = [...bookers, ...rolesAllowed('home_visits.serve')];

  app.post(
    '/api/staff/home-visits',
    {
      schema: {
        tags: ['staff'],
        summary: 'Book a paid home visit for one or more people at one address',
        body: BookVisitBody,
        response: { 201: VisitReply },
      },
      preHandler: requireStaff(bookers),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const { db, clock, profile } = app.deps;
      const ids = distinct(req.body.pensionerIds);
      const size = checkVisitSize(ids.length);
      if (!size.ok) throw new AppError(size.error, { field: 'pensionerIds' });
      await requireInScope(db, staff, ids);
      const courierOrgId = await courierOrganisationId(db, profile.homeVisit.courier.code);
      if (!courierOrgId) throw new AppError('home_visit_no_courier');
      const now = clock.now();
      const visitId = await db.transaction().execute(async (trx) => {
        const campaign = await lockBookable(app.deps, trx, ids);
        const booking = validateHomeVisitBooking(
          { ...req.body, people: ids.length },
          { serviceArea: profile.homeVisit.serviceArea, today: shanghaiDate(now) },
        );
        if (!booking.ok) throw fromDomain(booking.error);
        return insertHomeVisit(
          trx,
          { ...booking.value, campaignId: campaign.id, courierOrgId, pensionerIds: ids },
          { staffId: staff.staffId, channel: STAFF_CONSOLE, atMs: now },
        );
      });
      const visit = await getHomeVisit(db, visitId);
      return reply.status(201).send(await visitView(db, profile, visit!));
    },
  );

  app.post(
    '/api/staff/home-visits/:id/people',
    {
      schema: {
        tags: ['staff'],
        summary: 'Add people at the same address to a booked visit',
        params: VisitParams,
        body: AddPeopleBody,
        response: { 200: VisitReply },
      },
      preHandler: requireStaff(bookers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock, profile } = app.deps;
      const ids = distinct(req.body.pensionerIds);
      await requireInScope(db, staff, ids);
      await db.transaction().execute(async (trx) => {
        const visit = await visibleVisit(trx, staff, req.params.id, { lock: true });
        if (visit.state !== 'booked') throw new AppError('home_visit_not_open');
        if (visit.people.some((p) => ids.includes(p.pensionerId))) {
          throw new AppError('home_visit_already_booked', { field: 'pensionerIds' });
        }
        const size = checkVisitSize(visit.people.length + ids.length);
        if (!size.ok) throw new AppError(size.error, { field: 'pensionerIds' });
        const campaign = await lockBookable(app.deps, trx, ids);
        if (campaign.id !== visit.campaignId) throw new AppError('campaign_not_open');
        await addHomeVisitPeople(trx, visit, ids, {
          staffId: staff.staffId,
          channel: STAFF_CONSOLE,
          atMs: clock.now(),
        });
      });
      const visit = await getHomeVisit(db, req.params.id);
      return visitView(db, profile, visit!);
    },
  );

  app.post(
    '/api/staff/home-visits/:id/cancel',
    {
      schema: {
        tags: ['staff'],
        summary: 'Cancel a booked visit (the people are no longer protected from close-out)',
        params: VisitParams,
        body: CancelVisitBody,
        response: { 200: VisitReply },
      },
      preHandler: requireStaff(bookers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock, profile } = app.deps;
      // Same length rule as the in-person check's reason: a few words, no essays.
      const reason = validateIdCheckReason(req.body.reason);
      if (!reason.ok) throw new AppError(reason.error, { field: 'reason' });
      await db.transaction().execute(async (trx) => {
        const visit = await visibleVisit(trx, staff, req.params.id, { lock: true });
        if (visit.state !== 'booked') throw new AppError('home_visit_not_open');
        await cancelHomeVisit(trx, visit, reason.value, {
          staffId: staff.staffId,
          channel: STAFF_CONSOLE,
          atMs: clock.now(),
        });
      });
      const visit = await getHomeVisit(db, req.params.id);
      return visitView(db, profile, visit!);
    },
  );

  app.get(
    '/api/staff/home-visits/of/:pensionerId',
    {
      schema: {
        tags: ['staff'],
        summary: "A person's booked home visit, if any (for the person's page)",
        params: PersonParams,
        response: { 200: PersonVisitReply },
      },
      preHandler: requireStaff(bookers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db } = app.deps;
      const { pensionerId } = req.params;
      if (!(await getScopedPensioner(db, staff.scope, pensionerId))) {
        throw new AppError('not_found');
      }
      const visitId = await bookedVisitOf(db, pensionerId);
      const visit = visitId ? await getHomeVisit(db, visitId) : undefined;
      return { booked: visit ? { id: visit.id, visitDate: visit.visitDate } : null };
    },
  );

  app.get(
    '/api/staff/home-visits/:id',
    {
      schema: {
        tags: ['staff'],
        summary: 'One home visit: address, people and their outcomes, fee, payment',
        params: VisitParams,
        response: { 200: VisitReply },
      },
      preHandler: requireStaff(readers),
    },
    async (req) => {
      const staff = staffOf(req);
      const visit = await visibleVisit(app.deps.db, staff, req.params.id);
      return visitView(app.deps.db, app.deps.profile, visit);
    },
  );
}
