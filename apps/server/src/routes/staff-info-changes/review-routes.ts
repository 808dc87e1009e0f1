import { rolesAllowed, type StaffRole } from '@lifecert/core';
import {
  decideInfoChange,
  getInfoChange,
  getScopedPensioner,
  infoChangesOf,
  listInfoChanges,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { auditStaffRead } from '../staff-photos/audit-read.ts';
import { DecideBody, RejectBody, requestDecider } from '../staff/four-eyes.ts';
import { PensionerParams } from '../staff/schemas.ts';
import { changeView } from './change-view.ts';
import { ChangeListQuery, ChangeParams, InfoChangeListReply, InfoChangeReply } from './schemas.ts';

// Old and new values carry personal data: only the staff who take or approve changes read them.
const viewers: StaffRole[] = [
  ...new Set([...rolesAllowed('info_changes.request'), ...rolesAllowed('info_changes.approve')]),
];
const approvers = rolesAllowed('info_changes.approve');

/** Pending changes, a person's history, and the second member of staff's decision. */
export function reviewRoutes(app: AppInstance): void {
  app.get(
    '/api/staff/info-changes',
    {
      schema: {
        tags: ['staff'],
        summary: 'Information changes of people in the scope, by status (pending by default)',
        querystring: ChangeListQuery,
        response: { 200: InfoChangeListReply },
      },
      preHandler: requireStaff(viewers),
    },
    async (req) => {
      const staff = staffOf(req);
      const rows = await listInfoChanges(app.deps.db, staff.scope, req.query.status);
      // Old and new values are personal data: reading them is audited like viewing a person.
      await auditStaffRead(app, staff, 'pensioner.info_changes_viewed', null, {
        status: req.query.status,
        results: rows.length,
      });
      return { changes: rows.map(changeView) };
    },
  );

  app.get(
    '/api/staff/info-changes/:changeId',
    {
      schema: {
        tags: ['staff'],
        summary: 'One information change',
        params: ChangeParams,
        response: { 200: InfoChangeReply },
      },
      preHandler: requireStaff(viewers),
    },
    async (req) => {
      const staff = staffOf(req);
      const row = await getInfoChange(app.deps.db, staff.scope, req.params.changeId);
      if (!row) throw new AppError('not_found');
      await auditStaffRead(app, staff, 'pensioner.info_changes_viewed', row.pensionerId, {
        changeId: row.id,
      });
      return changeView(row);
    },
  );

  app.get(
    '/api/staff/pensioners/:id/info-changes',
    {
      schema: {
        tags: ['staff'],
        summary: "A person's history of information changes, newest first",
        params: PensionerParams,
        response: { 200: InfoChangeListReply },
      },
      preHandler: requireStaff(viewers),
    },
    async (req) => {
      const staff = staffOf(req);
      const p = await getScopedPensioner(app.deps.db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      const rows = await infoChangesOf(app.deps.db, p.id);
      await auditStaffRead(app, staff, 'pensioner.info_changes_viewed', p.id, {
        results: rows.length,
      });
      return { changes: rows.map(changeView) };
    },
  );

  const decide = requestDecider(app, {
    get: getInfoChange,
    decide: (db, changeId, d) => decideInfoChange(db, { changeId, ...d }),
    view: changeView,
  });

  app.post(
    '/api/staff/info-changes/:changeId/approve',
    {
      schema: {
        tags: ['staff'],
        summary: 'Approve a pending change: the record takes the new values (four eyes)',
        params: ChangeParams,
        body: DecideBody,
        response: { 200: InfoChangeReply },
      },
      preHandler: requireStaff(approvers),
    },
    (req) => decide(staffOf(req), req.params.changeId, 'approve', req.body.reason),
  );

  app.post(
    '/api/staff/info-changes/:changeId/reject',
    {
      schema: {
        tags: ['staff'],
        summary: 'Reject a pending change with a reason',
        params: ChangeParams,
        body: RejectBody,
        response: { 200: InfoChangeReply },
      },
      preHandler: requireStaff(approvers),
    },
    (req) => decide(staffOf(req), req.params.changeId, 'reject', req.body.reason),
  );
}
