import { pensionerRulesFor } from '@lifecert/config';
import {
  changesIdentity,
  checkPresentation,
  diffInfoChange,
  INFO_CHANGE_DOCUMENTS,
  INFO_CHANGE_FIELDS,
  requiredDocuments,
  rolesAllowed,
  shanghaiDate,
  validateReason,
} from '@lifecert/core';
import {
  appendAudit,
  getInfoChange,
  getScopedPensioner,
  idNumberHeldByOther,
  infoValuesOf,
  requestInfoChange,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError, fromDomain } from '../../errors.ts';
import { PensionerParams } from '../staff/schemas.ts';
import { changeView } from './change-view.ts';
import { ChecklistReply, InfoChangeBody, InfoChangeReply, InfoValuesReply } from './schemas.ts';

/** A clerk takes a correction of basic information, in person or from a proxy. */
export function requestRoutes(app: AppInstance): void {
  app.get(
    '/api/staff/info-changes/checklist',
    {
      schema: {
        tags: ['staff'],
        summary: 'Fields that can be corrected and the documents each channel requires',
        response: { 200: ChecklistReply },
      },
      preHandler: requireStaff(rolesAllowed('info_changes.request')),
    },
    () => ({
      fields: [...INFO_CHANGE_FIELDS],
      documents: [...INFO_CHANGE_DOCUMENTS],
      required: {
        in_person: requiredDocuments('in_person', false),
        proxy: requiredDocuments('proxy', false),
        identityChange: ['new_id_document' as const],
      },
    }),
  );

  app.get(
    '/api/staff/pensioners/:id/info-values',
    {
      schema: {
        tags: ['staff'],
        summary: 'The current values of the fields a correction can change',
        params: PensionerParams,
        response: { 200: InfoValuesReply },
      },
      preHandler: requireStaff(rolesAllowed('info_changes.request')),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock } = app.deps;
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      // Shows the full ID and mobile numbers, so it is audited like opening the record.
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor: { kind: 'staff', id: staff.staffId },
          channel: 'staff_console',
          action: 'pensioner.info_viewed',
          entity: 'pensioner',
          entityId: p.id,
          at: new Date(clock.now()),
        }),
      );
      return infoValuesOf(p);
    },
  );

  app.post(
    '/api/staff/pensioners/:id/info-changes',
    {
      schema: {
        tags: ['staff'],
        summary: 'Request a correction of basic information, approved by a second member of staff',
        params: PensionerParams,
        body: InfoChangeBody,
        response: { 201: InfoChangeReply },
      },
      preHandler: requireStaff(rolesAllowed('info_changes.request')),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const { db, clock, profile } = app.deps;
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      const reason = validateReason(req.body.reason);
      if (!reason.ok) throw new AppError(reason.error, { field: 'reason' });
      const today = shanghaiDate(clock.now());
      const diff = diffInfoChange(
        infoValuesOf(p),
        req.body.changes,
        pensionerRulesFor(profile, today),
      );
      if (!diff.ok) throw fromDomain(diff.errors[0]!, { errors: diff.errors });
      const identityChange = changesIdentity(diff.changes);
      const presented = checkPresentation(
        {
          channel: req.body.channel,
          documents: req.body.documents,
          proxy: req.body.proxy ?? null,
          identityChange,
        },
        today,
      );
      if (!presented.ok) throw fromDomain(presented.error[0]!, { errors: presented.error });
      const newId = diff.changes.find((c) => c.field === 'idNumber')?.new;
      if (newId && (await idNumberHeldByOther(db, newId, p.id))) {
        throw new AppError('id_number_taken', { field: 'idNumber' });
      }
      const stored = await requestInfoChange(db, {
        pensionerId: p.id,
        channel: req.body.channel,
        proxy: presented.value.proxy,
        documents: presented.value.documents,
        changes: diff.changes,
        reason: reason.value,
        staffId: staff.staffId,
        organisationId: staff.organisationId,
        atMs: clock.now(),
      });
      if (!stored) throw new AppError('approval_pending');
      const row = (await getInfoChange(db, staff.scope, stored.changeId))!;
      return reply.status(201).send(changeView(row));
    },
  );
}
