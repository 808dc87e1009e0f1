import { parseIdNumber, shanghaiDate } from '@lifecert/core';
import { appendAudit, createSelfServiceStore, type Pensioner } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { maskIdNumber } from '../self-service/me-routes.ts';
import {
  PensionerDetailReply,
  PensionerParams,
  PensionerSearchQuery,
  PensionerSearchReply,
} from './schemas.ts';
import { STAFF_CONSOLE } from './staff-console.ts';
import { rolesAllowed } from '@lifecert/core';
import { findScopedPensioners, getScopedPensioner } from '@lifecert/db';
import { staffSituation } from './situation.ts';
import { campaignView } from '../campaign-view.ts';
import { benefitNoticeOf } from '../benefit-notice.ts';
import { requestLang } from '../../i18n.ts';

const summary = (p: Pensioner, showIdNumber: boolean) => ({
  id: p.id,
  name: p.name,
  idNumber: showIdNumber ? p.id_number : maskIdNumber(p.id_number),
  districtCode: p.district_code,
  benefitStatus: p.benefit_status,
});

export function pensionerRoutes(app: AppInstance): void {
  const readers = rolesAllowed('pensioners.read');

  app.get(
    '/api/staff/pensioners',
    {
      schema: {
        tags: ['staff'],
        summary: 'Find people in your scope by exact ID number or name prefix',
        querystring: PensionerSearchQuery,
        response: { 200: PensionerSearchReply },
      },
      preHandler: requireStaff(readers),
    },
    async (req) => {
      const staff = staffOf(req);
      const parsed = parseIdNumber(req.query.q);
      // The full number is shown only to someone who already typed it (the card is in front of
      // them); a name search shows masked numbers, enough to tell namesakes apart.
      const byId = parsed.ok;
      const rows = await findScopedPensioners(
        app.deps.db,
        staff.scope,
        byId ? { idNumber: parsed.value.number } : { namePrefix: req.query.q },
      );
      await app.deps.db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor: { kind: 'staff', id: staff.staffId },
          channel: STAFF_CONSOLE,
          action: 'pensioners.searched',
          entity: 'pensioner',
          entityId: rows.length === 1 ? rows[0]!.id : null,
          at: new Date(app.deps.clock.now()),
          // What was typed stays out: it may be an ID number.
          details: { by: byId ? 'id_number' : 'name', results: rows.length },
        }),
      );
      return {
        by: byId ? ('id_number' as const) : ('name' as const),
        results: rows.map((p) => summary(p, byId)),
      };
    },
  );

  app.get(
    '/api/staff/pensioners/:id',
    {
      schema: {
        tags: ['staff'],
        summary: "A person's status in this year's campaign and certification history",
        params: PensionerParams,
        response: { 200: PensionerDetailReply },
      },
      preHandler: requireStaff(readers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db } = app.deps;
      // Outside the scope answers exactly like a missing id, so ids cannot be probed.
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      const s = (await staffSituation(app.deps, db, p.id))!;
      const history = await createSelfServiceStore(db).certifications(p.id);
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor: { kind: 'staff', id: staff.staffId },
          channel: STAFF_CONSOLE,
          action: 'pensioner.viewed',
          entity: 'pensioner',
          entityId: p.id,
          at: new Date(app.deps.clock.now()),
        }),
      );
      return {
        ...summary(p, false),
        ...campaignView(s),
        history: history.map((c) => ({
          date: shanghaiDate(c.certifiedAtMs),
          channel: c.channel,
          method: c.method,
          certificateNo: c.certificateNo,
        })),
        benefitNotice: await benefitNoticeOf(db, p.id, requestLang(req)),
      };
    },
  );
}
