import type {
  ApprovalStatus,
  FieldChange,
  IdDocumentType,
  InfoChangeChannel,
  InfoChangeDocument,
  PensionerScope,
} from '@lifecert/core';
import type { Kysely } from 'kysely';
import { scopeCondition } from '../photo-enrolment/scope-filter.ts';
import type { Database } from '../schema.ts';
import { infoChangeDb } from './schema.ts';

export type InfoChangeRow = {
  id: string;
  pensionerId: string;
  pensionerName: string;
  channel: InfoChangeChannel;
  proxy: { name: string; idType: IdDocumentType; idNumber: string } | null;
  documents: InfoChangeDocument[];
  changes: FieldChange[];
  reason: string;
  status: ApprovalStatus;
  requestedBy: { id: string; name: string };
  requestedAt: Date;
  decidedBy: { id: string; name: string } | null;
  decidedAt: Date | null;
  decisionReason: string | null;
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
  id: r.id,
  pensionerId: r.pensioner_id,
  pensionerName: r.pensioner_name,
  channel: r.channel,
  proxy:
    r.proxy_name && r.proxy_id_type && r.proxy_id_number
      ? { name: r.proxy_name, idType: r.proxy_id_type, idNumber: r.proxy_id_number }
      : null,
  documents: r.documents,
  changes: r.changes,
  reason: r.reason,
  status: r.status,
  requestedBy: { id: r.requested_by, name: r.requested_by_name },
  requestedAt: r.requested_at,
  decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
  decidedAt: r.decided_at,
  decisionReason: r.decision_reason,
});

/** Changes of people inside the scope with the given status, oldest first. */
export const listInfoChanges = async (
  db: Kysely<Database>,
  scope: PensionerScope,
  status: ApprovalStatus,
  limit = 100,
): Promise<InfoChangeRow[]> => {
  const inScope = scopeCondition(scope);
  if (!inScope) return [];
  const rows = await changes(db)
    .where('c.status', '=', status)
    .where(inScope)
    .orderBy('c.requested_at')
    .orderBy('c.id')
    .limit(limit)
    .execute();
  return rows.map(toRow);
};

/** One change when its person is inside the scope. */
export const getInfoChange = async (
  db: Kysely<Database>,
  scope: PensionerScope,
  id: string,
): Promise<InfoChangeRow | undefined> => {
  const inScope = scopeCondition(scope);
  if (!inScope) return undefined;
  const r = await changes(db).where('c.id', '=', id).where(inScope).executeTakeFirst();
  return r && toRow(r);
};

/** A person's changes, newest first: the history on the person's page. */
export const infoChangesOf = async (
  db: Kysely<Database>,
  pensionerId: string,
): Promise<InfoChangeRow[]> => {
  const rows = await changes(db)
    .where('c.pensioner_id', '=', pensionerId)
    .orderBy('c.requested_at', 'desc')
    .orderBy('c.id')
    .execute();
  return rows.map(toRow);
};

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
