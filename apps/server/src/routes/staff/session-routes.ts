import { hashToken } from '@lifecert/core';
import { appendAudit, closeSession } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { staffLogIn } from '../../auth/staff-log-in.ts';
import { requireStaff, resolveStaff, staffOf, type StaffAuth } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { StaffLoginBody, StaffLoginReply, StaffMeReply } from './schemas.ts';
import { canStaff, STAFF_ACTIONS } from '@lifecert/core';
import { STAFF_CONSOLE, ANY_STAFF } from './staff-console.ts';

const describeStaff = (s: StaffAuth) => ({
  username: s.username,
  displayName: s.displayName,
  role: s.role,
  organisation: { kind: s.organisationKind, code: s.organisationCode, name: s.organisationName },
  scope: s.scope.kind,
  actions: STAFF_ACTIONS.filter((a) => canStaff(s.role, a)),
});

export function sessionRoutes(app: AppInstance): void {
  app.post(
    '/api/staff/login',
    {
      schema: {
        tags: ['staff'],
        summary: 'Log a staff member in; the bearer token lasts one working day',
        body: StaffLoginBody,
        response: { 200: StaffLoginReply },
      },
    },
    async (req) => {
      const r = await staffLogIn(app.deps, { ...req.body, clientKey: req.ip });
      if (!r.ok) {
        throw r.error.code === 'login_locked'
          ? new AppError('login_locked', { retryAt: new Date(r.error.retryAtMs).toISOString() })
          : new AppError(r.error.code);
      }
      const staff = await resolveStaff(app.deps.db, hashToken(r.value.token), app.deps.clock.now());
      if (!staff) throw new AppError('unauthenticated');
      return {
        token: r.value.token,
        expiresAt: new Date(r.value.expiresAtMs).toISOString(),
        staff: describeStaff(staff),
      };
    },
  );

  app.post(
    '/api/staff/logout',
    {
      schema: { tags: ['staff'], summary: 'End this staff session' },
      preHandler: requireStaff(ANY_STAFF),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      await app.deps.db.transaction().execute(async (trx) => {
        await closeSession(trx, staff.tokenHash);
        await appendAudit(trx, {
          actor: { kind: 'staff', id: staff.staffId },
          channel: STAFF_CONSOLE,
          action: 'session.closed',
          entity: 'staff_account',
          entityId: staff.staffId,
          at: new Date(app.deps.clock.now()),
        });
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/staff/me',
    {
      schema: {
        tags: ['staff'],
        summary: 'The logged-in staff member, their organisation, scope and allowed actions',
        response: { 200: StaffMeReply },
      },
      preHandler: requireStaff(ANY_STAFF),
    },
    (req) => Promise.resolve(describeStaff(staffOf(req))),
  );
}
