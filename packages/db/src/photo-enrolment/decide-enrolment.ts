import type { DomainErrorCode } from '@lifecert/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit-log.ts';
import { decidable, decisionValues } from '../four-eyes/request-steps.ts';
import type { Database } from '../schema.ts';
import { photoDb } from './schema.ts';

export type PhotoDecision = {
  enrolmentId: string;
  decision: 'approve' | 'reject';
  /** required for a rejection, optional note for an approval */
  reason: string | null;
  staffId: string;
  atMs: number;
};

export type PhotoDecisionResult =
  | { ok: true; pensionerId: string; activePhotoId: string | null }
  | { ok: false; error: DomainErrorCode };

/**
 * Approves (the photo becomes the one active reference, the old one stays inactive) or rejects
 * (the candidate photo is deleted: nobody needs a face that was refused) a pending enrolment, in
 * one transaction with its audit entry. The four-eyes rule is checked on the locked row.
 */
export const decidePhotoEnrolment = (
  db: Kysely<Database>,
  d: PhotoDecision,
): Promise<PhotoDecisionResult> =>
  db.transaction().execute(async (trx): Promise<PhotoDecisionResult> => {
    const p = photoDb(trx);
    const locked = decidable(
      await p
        .selectFrom('photo_enrolments')
        .select(['pensioner_id', 'photo_id', 'status', 'requested_by'])
        .where('id', '=', d.enrolmentId)
        .forUpdate()
        .executeTakeFirst(),
      d.staffId,
    );
    if (!locked.ok) return locked;
    const e = locked.row;
    const at = new Date(d.atMs);
    let activePhotoId: string | null = null;
    let replaced: string | null = null;
    if (d.decision === 'approve') {
      const current = await trx
        .selectFrom('reference_photos')
        .select('id')
        .where('pensioner_id', '=', e.pensioner_id)
        .where('active', '=', true)
        .forUpdate()
        .executeTakeFirst();
      replaced = current?.id ?? null;
      // Off first: the unique index allows one active photo per person at any moment.
      if (current) {
        await trx
          .updateTable('reference_photos')
          .set({ active: false })
          .where('id', '=', current.id)
          .execute();
      }
      await trx
        .updateTable('reference_photos')
        .set({ active: true, approved_by: d.staffId })
        .where('id', '=', e.photo_id!)
        .execute();
      activePhotoId = e.photo_id;
    }
    await p
      .updateTable('photo_enrolments')
      .set({ ...decisionValues(d, at), replaced_photo_id: replaced })
      .where('id', '=', d.enrolmentId)
      .execute();
    if (d.decision === 'reject' && e.photo_id) {
      await trx.deleteFrom('reference_photos').where('id', '=', e.photo_id).execute();
    }
    await appendAudit(trx, {
      actor: { kind: 'staff', id: d.staffId },
      channel: 'staff_console',
      action:
        d.decision === 'approve'
          ? 'reference_photo.enrolment_approved'
          : 'reference_photo.enrolment_rejected',
      entity: 'pensioner',
      entityId: e.pensioner_id,
      at,
      details: {
        enrolmentId: d.enrolmentId,
        photoId: e.photo_id,
        replacedPhotoId: replaced,
        requestedBy: e.requested_by,
      },
    });
    return { ok: true, pensionerId: e.pensioner_id, activePhotoId };
  });
