import { canStaff, maskMobile, rolesAllowed } from '@lifecert/core';
import {
  activePhotoOf,
  getScopedPensioner,
  listMissingPhotos,
  photoEnrolmentsOf,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { PensionerParams } from '../staff/schemas.ts';
import { auditStaffRead } from './audit-read.ts';
import { enrolmentView } from './enrolment-view.ts';
import { MissingQuery, MissingReply, PersonPhotosReply } from './schemas.ts';

const viewers = rolesAllowed('photos.view');

/** A person's photo and its history, and who has no photo at all. */
export function personPhotoRoutes(app: AppInstance): void {
  app.get(
    '/api/staff/pensioners/:id/photos',
    {
      schema: {
        tags: ['staff'],
        summary: "A person's active reference photo (whether any) and photo enrolment history",
        params: PensionerParams,
        response: { 200: PersonPhotosReply },
      },
      preHandler: requireStaff(viewers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db } = app.deps;
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      const active = await activePhotoOf(db, p.id);
      return {
        activePhoto: active ? { id: active.id, enrolledAt: active.enrolledAt.toISOString() } : null,
        enrolments: (await photoEnrolmentsOf(db, p.id)).map(enrolmentView),
      };
    },
  );

  app.get(
    '/api/staff/pensioners/:id/photo',
    {
      schema: {
        tags: ['staff'],
        summary: 'The active reference photo (JPEG) self-service matches against',
        params: PensionerParams,
      },
      preHandler: requireStaff(viewers),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const { db } = app.deps;
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      const active = p && (await activePhotoOf(db, p.id));
      if (!p || !active) throw new AppError('not_found');
      await auditStaffRead(app, staff, 'reference_photo.viewed', p.id, { photoId: active.id });
      return reply
        .header('cache-control', 'no-store')
        .type('image/jpeg')
        .send(Buffer.from(active.jpeg));
    },
  );

  app.get(
    '/api/staff/photos/missing',
    {
      schema: {
        tags: ['staff'],
        summary: 'People in the scope without a reference photo, for outreach',
        querystring: MissingQuery,
        response: { 200: MissingReply },
      },
      preHandler: requireStaff(viewers),
    },
    async (req) => {
      const staff = staffOf(req);
      const { total, rows } = await listMissingPhotos(app.deps.db, staff.scope, req.query);
      // The same contact policy as the pending report: full numbers only for those who phone.
      const full = canStaff(staff.role, 'reports.contact_details');
      await auditStaffRead(app, staff, 'reference_photo.missing_listed', null, {
        results: rows.length,
      });
      return {
        total,
        people: rows.map((r) => ({ ...r, mobile: full ? r.mobile : maskMobile(r.mobile) })),
      };
    },
  );
}
