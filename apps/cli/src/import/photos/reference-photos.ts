import { appendAudit, type AuditEntry, type Database } from '@lifecert/db';
import type { Kysely } from 'kysely';

export type StoreResult = { stored: false } | { stored: true; photoId: string };

/**
 * Makes `jpeg` the pensioner's active reference photo in one transaction, with its audit entry.
 * The previous photo stays, inactive, for the audit trail. The same photo again is a no-op, so a
 * re-run over the same folder changes nothing.
 */
export const storeReferencePhoto = (
  db: Kysely<Database>,
  pensionerId: string,
  jpeg: Uint8Array,
  audit: Pick<AuditEntry, 'actor' | 'channel'> & { details: Record<string, unknown> },
): Promise<StoreResult> =>
  db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('reference_photos')
      .select(['id', (eb) => eb(eb.ref('jpeg'), '=', jpeg).as('same')])
      .where('pensioner_id', '=', pensionerId)
      .where('active', '=', true)
      .forUpdate()
      .executeTakeFirst();
    if (current?.same) return { stored: false };
    if (current) {
      await trx
        .updateTable('reference_photos')
        .set({ active: false })
        .where('id', '=', current.id)
        .execute();
    }
    const { id } = await trx
      .insertInto('reference_photos')
      .values({ pensioner_id: pensionerId, jpeg, active: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      ...audit,
      action: 'reference_photo.imported',
      entity: 'reference_photo',
      entityId: id,
      details: { ...audit.details, pensionerId, replaced: current?.id ?? null },
    });
    return { stored: true, photoId: id };
  });
