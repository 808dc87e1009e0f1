import type {
  FieldChange,
  IdDocumentType,
  InfoChangeChannel,
  InfoChangeDocument,
} from '@lifecert/core';
import type { Kysely } from 'kysely';
import { requestFields, requestQueue, type RequestRow } from '../four-eyes/request-queue.ts';
import type { Database } from '../schema.ts';
import { infoChangeDb } from './schema.ts';

export type InfoChangeRow = RequestRow & {
  channel: InfoChangeChannel;
  proxy: { name: string; idType: IdDocumentType; idNumber: string } | null;
  documents: InfoChangeDocument[];
  changes: FieldChange[];
  reason: string;
};

const changes = (db: Kysely<Database>) =>
  infoChangeDb(db)
    .selectFrom('info_changes as c')
    .innerJoin('pensioners as p', 'p.id', 'c.pensioner_id')
    .innerJoin('staff_accounts as r', 'r.id', 'c.requested_by')
    .leftJoin('staff_accounts as d', 'd.id', 'c.decided_by')
    .select([
      'c.id',
      'c.pensioner_id',
      'p.name as pensioner_name',
      'c.channel',
      'c.proxy_name',
      'c.proxy_id_type',
      'c.proxy_id_number',
      'c.documents',
      'c.changes',
      'c.reason',
      'c.status',
      'c.requested_by',
      'r.display_name as requested_by_name',
      'c.requested_at',
      'c.decided_by',
      'd.display_name as decided_by_name',
      'c.decided_at',
      'c.decision_reason',
    ]);

type Raw = Awaited<ReturnType<ReturnType<typeof changes>['execute']>>[number];

const toRow = (r: Raw): InfoChangeRow => ({
  ...requestFields(r),
  channel: r.channel,
  proxy:
    r.proxy_name && r.proxy_id_type && r.proxy_id_number
      ? { name: r.proxy_name, idType: r.proxy_id_type, idNumber: r.proxy_id_number }
      : null,
  documents: r.documents,
  changes: r.changes,
  reason: r.reason,
});

const queue = requestQueue(changes, 'c', toRow);

/** Changes of people inside the scope with the given status, oldest first. */
export const listInfoChanges = queue.list;

/** One change when its person is inside the scope. */
export const getInfoChange = queue.get;

/** A person's changes, newest first: the history on the person's page. */
export const infoChangesOf = queue.of;

/** Whether another person already holds a document number (a corrected number must be free). */
export const idNumberHeldByOther = async (
  db: Kysely<Database>,
  idNumber: string,
  pensionerId: string,
): Promise<boolean> =>
  (await db
    .selectFrom('pensioners')
    .select('id')
    .where('id_number', '=', idNumber)
    .where('id', '<>', pensionerId)
    .executeTakeFirst()) !== undefined;
