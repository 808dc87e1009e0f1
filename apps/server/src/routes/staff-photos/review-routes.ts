import { rolesAllowed, validateReason } from '@lifecert/core';
import {
  decidePhotoEnrolment,
  enrolmentPhotoJpeg,
  getPhotoEnrolment,
  listPhotoEnrolments,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { auditStaffRead } from './audit-read.ts';
import { enrolmentView } from './enrolment-view.ts';
import {
  DecideBody,
  EnrolmentListReply,
  EnrolmentParams,
  EnrolmentReply,
  ListQuery,
  RejectBody,
} from './schemas.ts';

const viewers = rolesAllowed('photos.view');
const approvers = rolesAllowed('photos.approve');

/** The second member of staff's side: pending photos, the candidate image, approve or reject. */
export function reviewRoutes(app: AppInstance): void {
  app.get(
    '/api/staff/photo-enrolments',
    {
      schema: {
        tags: ['staff'],
        summary: 'Photo enrolments of people in the scope, by status (pending by default)',
        querystring: ListQuery,
        response: { 200: EnrolmentListReply },
      },
      preHandler: requireStaff(viewers),
    },
    async (req) => {
      const staff = staffOf(req);
      const rows = await listPhotoEnrolments(app.deps.db, staff.scope, req.query.status);
      return { enrolments: rows.map(enrolmentView) };
    },
  );

  app.get(
    '/api/staff/photo-enrolments/:enrolmentId',
    {
      schema: {
        tags: ['staff'],
        summary: 'One photo enrolment',
        params: EnrolmentParams,
        response: { 200: EnrolmentReply },
      },
      preHandler: requireStaff(viewers),
    },
    async (req) => {
      const staff = staffOf(req);
      const row = await getPhotoEnrolment(app.deps.db, staff.scope, req.params.enrolmentId);
      if (!row) throw new AppError('not_found');
      return enrolmentView(row);
    },
  );

  app.get(
    '/api/staff/photo-enrolments/:enrolmentId/photo',
    {
      schema: {
        tags: ['staff'],
        summary: 'The candidate photo of an enrolment (JPEG); gone once rejected',
        params: EnrolmentParams,
      },
      preHandler: requireStaff(viewers),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const { db } = app.deps;
      const row = await getPhotoEnrolment(db, staff.scope, req.params.enrolmentId);
      const jpeg = row && (await enrolmentPhotoJpeg(db, row.id));
      if (!row || !jpeg) throw new AppError('not_found');
      await auditStaffRead(app, staff, 'reference_photo.viewed', row.pensionerId, {
        enrolmentId: row.id,
      });
      return reply.header('cache-control', 'no-store').type('image/jpeg').send(Buffer.from(jpeg));
    },
  );

  const decide = (decision: 'approve' | 'reject') =>
    async function (
      this: void,
      staff: ReturnType<typeof staffOf>,
      enrolmentId: string,
      reasonInput: string | undefined,
    ) {
      const { db, clock } = app.deps;
      const row = await getPhotoEnrolment(db, staff.scope, enrolmentId);
      if (!row) throw new AppError('not_found');
      let reason: string | null = null;
      if (decision === 'reject' || (reasonInput ?? '').trim() !== '') {
        const r = validateReason(reasonInput ?? '');
        if (!r.ok) throw new AppError(r.error, { field: 'reason' });
        reason = r.value;
      }
      const result = await decidePhotoEnrolment(db, {
        enrolmentId,
        decision,
        reason,
        staffId: staff.staffId,
        atMs: clock.now(),
      });
      if (!result.ok) throw new AppError(result.error);
      return enrolmentView((await getPhotoEnrolment(db, staff.scope, enrolmentId))!);
    };
  const approve = decide('approve');
  const reject = decide('reject');

  app.post(
    '/api/staff/photo-enrolments/:enrolmentId/approve',
    {
      schema: {
        tags: ['staff'],
        summary: 'Approve a pending photo: it becomes the active reference (four eyes)',
        params: EnrolmentParams,
        body: DecideBody,
        response: { 200: EnrolmentReply },
      },
      preHandler: requireStaff(approvers),
    },
    (req) => approve(staffOf(req), req.params.enrolmentId, req.body.reason),
  );

  app.post(
    '/api/staff/photo-enrolments/:enrolmentId/reject',
    {
      schema: {
        tags: ['staff'],
        summary: 'Reject a pending photo with a reason; the photo is deleted',
        params: EnrolmentParams,
        body: RejectBody,
        response: { 200: EnrolmentReply },
      },
      preHandler: requireStaff(approvers),
    },
    (req) => reject(staffOf(req), req.params.enrolmentId, req.body.reason),
  );
}
