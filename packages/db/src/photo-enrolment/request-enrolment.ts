import type { PhotoMeasures } from '@lifecert/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit-log.ts';
import { lockPersonHasPending } from '../four-eyes/request-steps.ts';
import type { Database } from '../schema.ts';
import { photoDb } from './schema.ts';

export type PhotoEnrolmentRequest = {
  pensionerId: string;
  jpeg: Uint8Array;
  embedding: { vector: Float32Array; model: string };
  measures: PhotoMeasures;
  source: 'camera' | 'upload';
  reason: string;
  staffId: string;
  organisationId: string;
  atMs: number;
};

/** Little-endian float32, as reference_photos.embedding is documented. */
export const bytesOfFloats = (v: Float32Array): Uint8Array =>
  new Uint8Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));

/**
 * Stores a checked photo inactive, awaiting a second member of staff, with its audit entry.
 * Returns null when the person already has a pending photo (the clerk sees and waits for it).
 */
export const requestPhotoEnrolment = (
  db: Kysely<Database>,
  r: PhotoEnrolmentRequest,
): Promise<{ enrolmentId: string } | null> =>
  db.transaction().execute(async (trx) => {
    if (await lockPersonHasPending(trx, 'photo_enrolments', r.pensionerId)) return null;
    const at = new Date(r.atMs);
    const photo = await trx
      .insertInto('reference_photos')
      .values({
        pensioner_id: r.pensionerId,
        jpeg: r.jpeg,
        embedding: bytesOfFloats(r.embedding.vector),
        model: r.embedding.model,
        enrolled_at: at,
        enrolled_by: r.staffId,
        active: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id } = await photoDb(trx)
      .insertInto('photo_enrolments')
      .values({
        pensioner_id: r.pensionerId,
        photo_id: photo.id,
        source: r.source,
        reason: r.reason,
        quality: JSON.stringify(r.measures),
        requested_by: r.staffId,
        organisation_id: r.organisationId,
        requested_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor: { kind: 'staff', id: r.staffId },
      channel: 'staff_console',
      action: 'reference_photo.enrolment_requested',
      entity: 'pensioner',
      entityId: r.pensionerId,
      at,
      // Neither the photo nor its embedding, nor the free-text reason, goes into the chain.
      details: {
        enrolmentId: id,
        photoId: photo.id,
        source: r.source,
        model: r.embedding.model,
        organisationId: r.organisationId,
      },
    });
    return { enrolmentId: id };
  });
