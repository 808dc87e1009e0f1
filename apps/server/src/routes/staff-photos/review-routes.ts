import { rolesAllowed } from '@lifecert/core';
import {
  decidePhotoEnrolment,
  enrolmentPhotoJpeg,
  getPhotoEnrolment,
  listPhotoEnrolments,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { DecideBody, RejectBody, requestDecider } from '../staff/four-eyes.ts';
import { auditStaffRead } from './audit-read.ts';
import { enrolmentView } from './enrolment-view.ts';
import { EnrolmentListReply, EnrolmentParams, EnrolmentReply, ListQuery } from './schemas.ts';

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

  const decide = requestDecider(app, {
    get: getPhotoEnrolment,
    decide: (db, enrolmentId, d) => decidePhotoEnrolment(db, { enrolmentId, ...d }),
    view: enrolmentView,
  });

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
    (req) => decide(staffOf(req), req.params.enrolmentId, 'approve', req.body.reason),
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
    (req) => decide(staffOf(req), req.params.enrolmentId, 'reject', req.body.reason),
  );
}
