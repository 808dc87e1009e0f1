import { judgePhoto, rolesAllowed, validateReason } from '@lifecert/core';
import {
  getPhotoEnrolment,
  getScopedPensioner,
  photoEnrolmentsOf,
  requestPhotoEnrolment,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { cleanImage } from '../../uploads/clean-image.ts';
import { PensionerParams } from '../staff/schemas.ts';
import { EnrolPhotoBody, EnrolmentReply } from './schemas.ts';
import { enrolmentView } from './enrolment-view.ts';

/** A clerk captures or uploads a new reference photo; the server checks it and holds it pending. */
export function enrolRoutes(app: AppInstance): void {
  app.post(
    '/api/staff/pensioners/:id/photo-enrolments',
    {
      schema: {
        tags: ['staff'],
        summary: 'Submit a new reference photo for approval by a second member of staff',
        params: PensionerParams,
        body: EnrolPhotoBody,
        response: { 201: EnrolmentReply },
      },
      preHandler: requireStaff(rolesAllowed('photos.enrol')),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const { db, clock, photos } = app.deps;
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      if (p.benefit_status === 'terminated') throw new AppError('benefits_terminated');
      const reason = validateReason(req.body.reason);
      if (!reason.ok) throw new AppError(reason.error, { field: 'reason' });
      // Cheap refusal before the face engine's work; the store checks again under a lock.
      const pending = (await photoEnrolmentsOf(db, p.id)).some((e) => e.status === 'pending');
      if (pending) throw new AppError('approval_pending');
      if (!photos) throw new AppError('photo_check_unavailable');
      // Judged and stored without metadata (GPS, device, capture time), upright.
      const jpeg = await cleanImage(
        new Uint8Array(Buffer.from(req.body.image, 'base64')),
        'image/jpeg',
      );
      if (!jpeg) {
        throw new AppError('photo_unreadable', { field: 'image', problems: ['photo_unreadable'] });
      }
      const verdict = judgePhoto(await photos.assess(jpeg));
      if (!verdict.ok) {
        throw new AppError(verdict.problems[0]!, { field: 'image', problems: verdict.problems });
      }
      const stored = await requestPhotoEnrolment(db, {
        pensionerId: p.id,
        jpeg,
        embedding: verdict.embedding,
        measures: verdict.measures,
        source: req.body.source,
        reason: reason.value,
        staffId: staff.staffId,
        organisationId: staff.organisationId,
        atMs: clock.now(),
      });
      if (!stored) throw new AppError('approval_pending');
      const row = (await getPhotoEnrolment(db, staff.scope, stored.enrolmentId))!;
      return reply.status(201).send(enrolmentView(row));
    },
  );
}
