import { checkDecider, type ApprovalStatus, type DomainErrorCode } from '@lifecert/core';
import type { Kysely } from 'kysely';
import type { InfoChangeDatabase } from '../info-changes/schema.ts';
import type { PhotoDatabase } from '../photo-enrolment/schema.ts';
import type { Database } from '../schema.ts';

/** The request tables that follow the four-eyes flow; each feature keeps its own. */
export type RequestTable = 'info_changes' | 'photo_enrolments';

/**
 * Locks the person's row, which serialises requests for them so two counters cannot both add
 * one, and tells whether they already have a pending request in `table`. Call inside the
 * transaction that inserts the request.
 */
export const lockPersonHasPending = async (
  trx: Kysely<Database>,
  table: RequestTable,
  pensionerId: string,
): Promise<boolean> => {
  await trx
    .selectFrom('pensioners')
    .select('id')
    .where('id', '=', pensionerId)
    .forUpdate()
    .execute();
  const pending = await (trx as unknown as Kysely<InfoChangeDatabase & PhotoDatabase>)
    .selectFrom(table)
    .select('id')
    .where('pensioner_id', '=', pensionerId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return pending !== undefined;
};

/** A request row locked for a decision, when `staffId` may decide it (pending, not their own). */
export const decidable = <R extends { status: ApprovalStatus; requested_by: string }>(
  row: R | undefined,
  staffId: string,
): { ok: true; row: R } | { ok: false; error: DomainErrorCode } => {
  if (!row) return { ok: false, error: 'not_found' };
  const allowed = checkDecider({ status: row.status, requestedBy: row.requested_by }, staffId);
  return allowed.ok ? { ok: true, row } : { ok: false, error: allowed.error };
};

/** The decision columns a request row takes. */
export const decisionValues = (
  d: { decision: 'approve' | 'reject'; staffId: string; reason: string | null },
  at: Date,
) => ({
  status: d.decision === 'approve' ? ('approved' as const) : ('rejected' as const),
  decided_by: d.staffId,
  decided_at: at,
  decision_reason: d.reason,
});
