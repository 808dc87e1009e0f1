import type { DomainErrorCode } from '@lifecert/core';
import type { Kysely, Updateable } from 'kysely';
import { appendAudit } from '../audit-log.ts';
import { decidable, decisionValues } from '../four-eyes/request-steps.ts';
import type { Database, PensionersTable } from '../schema.ts';
import { INFO_COLUMNS, infoValuesOf } from './columns.ts';
import { infoChangeDb } from './schema.ts';

export type InfoChangeDecision = {
  changeId: string;
  decision: 'approve' | 'reject';
  reason: string | null;
  staffId: string;
  atMs: number;
};

export type InfoChangeDecisionResult =
  { ok: true; pensionerId: string } | { ok: false; error: DomainErrorCode };

/**
 * Approves (the pensioner row takes the new values) or rejects a pending change, in one
 * transaction with the audit entry. Approval refuses when a field no longer holds the value the
 * request recorded as old (someone changed it meanwhile), and when a corrected ID number has
 * since been registered for someone else.
 */
export const decideInfoChange = (
  db: Kysely<Database>,
  d: InfoChangeDecision,
): Promise<InfoChangeDecisionResult> =>
  db.transaction().execute(async (trx): Promise<InfoChangeDecisionResult> => {
    const x = infoChangeDb(trx);
    const locked = decidable(
      await x
        .selectFrom('info_changes')
        .select(['pensioner_id', 'status', 'requested_by', 'changes'])
        .where('id', '=', d.changeId)
        .forUpdate()
        .executeTakeFirst(),
      d.staffId,
    );
    if (!locked.ok) return locked;
    const c = locked.row;
    const at = new Date(d.atMs);
    if (d.decision === 'approve') {
      const p = await trx
        .selectFrom('pensioners')
        .selectAll()
        .where('id', '=', c.pensioner_id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const now = infoValuesOf(p);
      if (c.changes.some((ch) => now[ch.field] !== ch.old)) {
        return { ok: false, error: 'info_change_stale' };
      }
      const newId = c.changes.find((ch) => ch.field === 'idNumber')?.new;
      if (newId) {
        const taken = await trx
          .selectFrom('pensioners')
          .select('id')
          .where('id_number', '=', newId)
          .where('id', '<>', c.pensioner_id)
          .executeTakeFirst();
        if (taken) return { ok: false, error: 'id_number_taken' };
      }
      const set: Record<string, string | null | Date> = { updated_at: at };
      for (const ch of c.changes) set[INFO_COLUMNS[ch.field]] = ch.new;
      await trx
        .updateTable('pensioners')
        .set(set as Updateable<PensionersTable>)
        .where('id', '=', c.pensioner_id)
        .execute();
    }
    await x
      .updateTable('info_changes')
      .set(decisionValues(d, at))
      .where('id', '=', d.changeId)
      .execute();
    await appendAudit(trx, {
      actor: { kind: 'staff', id: d.staffId },
      channel: 'staff_console',
      action:
        d.decision === 'approve'
          ? 'pensioner.info_change_approved'
          : 'pensioner.info_change_rejected',
      entity: 'pensioner',
      entityId: c.pensioner_id,
      at,
      details: {
        changeId: d.changeId,
        fields: c.changes.map((ch) => ch.field),
        requestedBy: c.requested_by,
      },
    });
    return { ok: true, pensionerId: c.pensioner_id };
  });
