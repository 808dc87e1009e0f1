import { reopenSelfService } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { PensionerParams, ReopenReply } from './schemas.ts';
import { staffSituation } from './situation.ts';
import { rolesAllowed } from '@lifecert/core';
import { getScopedPensioner } from '@lifecert/db';

export function reopenRoutes(app: AppInstance): void {
  app.post(
    '/api/staff/pensioners/:id/self-service/reopen',
    {
      schema: {
        tags: ['staff'],
        summary: 'Give a person who hit the attempt limit fresh self-service attempts',
        params: PensionerParams,
        response: { 200: ReopenReply },
      },
      preHandler: requireStaff(rolesAllowed('self_service.reopen')),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock } = app.deps;
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      const before = (await staffSituation(app.deps, db, p.id))!;
      if (before.campaign?.state !== 'open') throw new AppError('campaign_not_open');
      // Reopening is for people the limit shut out; anyone else can simply try again.
      if (before.allowance.open) throw new AppError('conflict', { reason: 'attempts_left' });
      await reopenSelfService(db, p.id, before.campaign.id, staff.staffId, clock.now());
      const after = (await staffSituation(app.deps, db, p.id))!;
      return {
        attempts: { used: after.allowance.used, limit: after.allowance.limit },
        selfServiceOpen: after.allowance.open,
      };
    },
  );
}
