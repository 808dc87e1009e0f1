import { randomUUID } from 'node:crypto';
import { homeVisitFeeRuleOf } from '@lifecert/config';
import {
  assistedCertificationGate,
  assistedChannelOf,
  canMarkPerson,
  formatCertificateNumber,
  homeVisitFee,
  isIsoDate,
  rolesAllowed,
  settleHomeVisit,
  shanghaiDate,
  validateIdCheckReason,
} from '@lifecert/core';
import {
  appendAudit,
  completeHomeVisit,
  getHomeVisit,
  guardCertificationAgainstDeath,
  homeVisitCertificationOf,
  insertIdCheckCertification,
  listCourierDay,
  markHomeVisitPerson,
  type HomeVisit,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { resolveSelfService } from '../../auth/self-service-settings.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError, fromDomain } from '../../errors.ts';
import { certificatePrefixOf } from '../self-service/certificate-prefix.ts';
import { staffSituation } from '../staff/situation.ts';
import {
  CompleteBody,
  DayQuery,
  DayReply,
  IdCheckBody,
  OutcomeBody,
  VisitParams,
  VisitPersonParams,
  VisitReply,
} from './schemas.ts';
import { visibleVisit } from './visit-access.ts';
import { visitView } from './visit-view.ts';

// Numbers are 40 random bits: a collision is rare, several in a row mean something is broken.
const NUMBER_DRAWS = 5;
const CHANNEL = assistedChannelOf('courier');

const pendingPerson = (visit: HomeVisit, pensionerId: string) => {
  const person = visit.people.find((p) => p.pensionerId === pensionerId);
  if (!person) throw new AppError('not_found');
  const can = canMarkPerson(visit.state, person.outcome);
  if (!can.ok) throw new AppError(can.error);
  return person;
};

export function courierRoutes(app: AppInstance): void {
  const couriers = rolesAllowed('home_visits.serve');
  const { random } = resolveSelfService(app.deps);
  const prefix = certificatePrefixOf(app.deps.profile);

  app.get(
    '/api/staff/home-visits',
    {
      schema: {
        tags: ['staff'],
        summary: "The courier's day list: visits of one day with address, people and fee due",
        querystring: DayQuery,
        response: { 200: DayReply },
      },
      preHandler: requireStaff(couriers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock, profile } = app.deps;
      const date = req.query.date ?? shanghaiDate(clock.now());
      if (!isIsoDate(date)) throw new AppError('date_invalid', { field: 'date' });
      if (staff.scope.kind !== 'booked_visits') return { date, visits: [] };
      const visits = await listCourierDay(db, staff.scope.courierOrgId, date);
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor: { kind: 'staff', id: staff.staffId },
          channel: CHANNEL,
          action: 'home_visits.day_listed',
          entity: 'home_visit',
          entityId: null,
          at: new Date(clock.now()),
          details: { date, visits: visits.length },
        }),
      );
      return { date, visits: await Promise.all(visits.map((v) => visitView(db, profile, v))) };
    },
  );

  app.post(
    '/api/staff/home-visits/:id/people/:pensionerId/id-check',
    {
      schema: {
        tags: ['staff'],
        summary: 'Certify a person of the visit by an in-person check of the ID card',
        params: VisitPersonParams,
        body: IdCheckBody,
        response: { 200: VisitReply },
      },
      preHandler: requireStaff(couriers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock, profile } = app.deps;
      const { id, pensionerId } = req.params;
      const reason = validateIdCheckReason(req.body.reason);
      if (!reason.ok) throw new AppError(reason.error, { field: 'reason' });
      const now = clock.now();
      pendingPerson(await visibleVisit(db, staff, id), pensionerId);
      const guard = await guardCertificationAgainstDeath(db, {
        pensionerId,
        certifiedAtMs: now,
        channel: CHANNEL,
        nowMs: now,
      });
      if (!guard.ok) throw fromDomain(guard.error);
      await db.transaction().execute(async (trx) => {
        const visit = await visibleVisit(trx, staff, id, { lock: true });
        pendingPerson(visit, pensionerId);
        const s = await staffSituation(app.deps, trx, pensionerId, { lock: true });
        const gate = assistedCertificationGate({ campaign: s?.campaign, status: s?.status });
        if (!gate.ok) throw new AppError(gate.error);
        const actor = { staffId: staff.staffId, channel: CHANNEL, atMs: now };
        for (let i = 0; i < NUMBER_DRAWS; i++) {
          const certificationId = randomUUID();
          const stored = await insertIdCheckCertification(trx, {
            certificationId,
            pensionerId,
            campaignId: gate.value.id,
            channel: CHANNEL,
            staffId: staff.staffId,
            organisationId: staff.organisationId,
            reason: reason.value,
            certifiedAtMs: now,
            certificateNo: formatCertificateNumber(prefix, gate.value.year, random.bytes(8)),
          });
          if (stored) {
            await markHomeVisitPerson(
              trx,
              { visitId: id, pensionerId, outcome: 'certified', certificationId },
              actor,
            );
            return;
          }
        }
        throw new Error('no free certificate number after several draws');
      });
      return visitView(db, profile, (await getHomeVisit(db, id))!);
    },
  );

  app.post(
    '/api/staff/home-visits/:id/people/:pensionerId/outcome',
    {
      schema: {
        tags: ['staff'],
        summary: 'Mark a person done (after a face certification on this visit) or not at home',
        params: VisitPersonParams,
        body: OutcomeBody,
        response: { 200: VisitReply },
      },
      preHandler: requireStaff(couriers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock, profile } = app.deps;
      const { id, pensionerId } = req.params;
      await db.transaction().execute(async (trx) => {
        const visit = await visibleVisit(trx, staff, id, { lock: true });
        pendingPerson(visit, pensionerId);
        // The server checks the certification itself: a device saying "done" is not proof.
        const certificationId =
          req.body.outcome === 'certified'
            ? await homeVisitCertificationOf(trx, pensionerId, visit.campaignId, visit.bookedAtMs)
            : null;
        if (req.body.outcome === 'certified' && !certificationId) {
          throw new AppError('home_visit_not_certified');
        }
        await markHomeVisitPerson(
          trx,
          {
            visitId: id,
            pensionerId,
            outcome: req.body.outcome,
            certificationId: certificationId ?? null,
          },
          { staffId: staff.staffId, channel: CHANNEL, atMs: clock.now() },
        );
      });
      return visitView(db, profile, (await getHomeVisit(db, id))!);
    },
  );

  app.post(
    '/api/staff/home-visits/:id/complete',
    {
      schema: {
        tags: ['staff'],
        summary: 'Record the payment for the people served and complete the visit',
        params: VisitParams,
        body: CompleteBody,
        response: { 200: VisitReply },
      },
      preHandler: requireStaff(couriers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock, profile } = app.deps;
      const rule = homeVisitFeeRuleOf(profile);
      await db.transaction().execute(async (trx) => {
        const visit = await visibleVisit(trx, staff, req.params.id, { lock: true });
        if (visit.state !== 'booked') throw new AppError('home_visit_not_open');
        const outcomes = visit.people.map((p) => p.outcome);
        const settled = settleHomeVisit(rule, outcomes, req.body.payment);
        if (!settled.ok) {
          const served = outcomes.filter((o) => o === 'certified').length;
          const due = homeVisitFee(rule, served);
          throw fromDomain(settled.error, { expectedFen: due.ok ? due.value.totalFen : 0 });
        }
        await completeHomeVisit(trx, visit, settled.value, {
          staffId: staff.staffId,
          channel: CHANNEL,
          atMs: clock.now(),
        });
      });
      return visitView(db, profile, (await getHomeVisit(db, req.params.id))!);
    },
  );
}
