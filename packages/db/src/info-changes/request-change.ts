import type { FieldChange, InfoChangeChannel, InfoChangeDocument, Proxy } from '@lifecert/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit-log.ts';
import { lockPersonHasPending } from '../four-eyes/request-steps.ts';
import type { Database } from '../schema.ts';
import { infoChangeDb } from './schema.ts';

export type InfoChangeRequest = {
  pensionerId: string;
  channel: InfoChangeChannel;
  proxy: Proxy | null;
  documents: InfoChangeDocument[];
  changes: FieldChange[];
  reason: string;
  staffId: string;
  organisationId: string;
  atMs: number;
};

/** Records a pending change with its audit entry; null when one is already pending. */
export const requestInfoChange = (
  db: Kysely<Database>,
  r: InfoChangeRequest,
): Promise<{ changeId: string } | null> =>
  db.transaction().execute(async (trx) => {
    if (await lockPersonHasPending(trx, 'info_changes', r.pensionerId)) return null;
    const at = new Date(r.atMs);
    const { id } = await infoChangeDb(trx)
      .insertInto('info_changes')
      .values({
        pensioner_id: r.pensionerId,
        channel: r.channel,
        proxy_name: r.proxy?.name ?? null,
        proxy_id_type: r.proxy?.idType ?? null,
        proxy_id_number: r.proxy?.idNumber ?? null,
        documents: JSON.stringify(r.documents),
        changes: JSON.stringify(r.changes),
        reason: r.reason,
        requested_by: r.staffId,
        organisation_id: r.organisationId,
        requested_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor: { kind: 'staff', id: r.staffId },
      channel: 'staff_console',
      action: 'pensioner.info_change_requested',
      entity: 'pensioner',
      entityId: r.pensionerId,
      at,
      // Field names only: the values (names, ID and phone numbers) stay in their table.
      details: {
        changeId: id,
        fields: r.changes.map((c) => c.field),
        channel: r.channel,
        documents: r.documents,
        organisationId: r.organisationId,
      },
    });
    return { changeId: id };
  });
