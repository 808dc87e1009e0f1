import type { Kysely } from 'kysely';
import { appendAudit, type AuditEntry } from './audit-log.ts';
import { upsertPensioners, type PensionerImportRow, type UpsertResult } from './pensioners-repo.ts';
import type { Database } from './schema.ts';

export type ImportPensionersOptions = {
  actor: AuditEntry['actor'];
  /** Entry point, e.g. 'cli'. */
  channel?: string;
  /** Non-personal description of the source, e.g. file name and its sha256. */
  source?: Record<string, string>;
  batchSize?: number;
};

/**
 * Upserts validated rows by ID number in one transaction: all rows land or none do. One audit
 * entry per inserted or updated pensioner, plus one summary entry; a re-import that changes
 * nothing writes nothing, not even to the audit log.
 */
export const importPensioners = (
  db: Kysely<Database>,
  rows: readonly PensionerImportRow[],
  opts: ImportPensionersOptions,
): Promise<UpsertResult> =>
  db.transaction().execute(async (trx) => {
    const at = new Date();
    const entries: AuditEntry[] = [];
    const result = await upsertPensioners(trx, rows, {
      ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
      onChanged: (changed) => {
        for (const c of changed) {
          entries.push({
            actor: opts.actor,
            channel: opts.channel ?? null,
            action: c.inserted ? 'pensioner.created' : 'pensioner.updated',
            entity: 'pensioner',
            entityId: c.id,
            at,
          });
        }
      },
    });
    if (entries.length === 0) return result;
    entries.push({
      actor: opts.actor,
      channel: opts.channel ?? null,
      action: 'pensioners.imported',
      entity: 'pensioner_import',
      entityId: null,
      details: { ...result, ...(opts.source ? { source: opts.source } : {}) },
      at,
    });
    await appendAuditInBatches(trx, entries);
    return result;
  });

// Keeps each INSERT under PostgreSQL's 65,535 bind-parameter limit (11 columns a row).
const AUDIT_BATCH = 5000;

const appendAuditInBatches = async (
  trx: Parameters<typeof appendAudit>[0],
  entries: AuditEntry[],
) => {
  for (let i = 0; i < entries.length; i += AUDIT_BATCH) {
    await appendAudit(trx, ...entries.slice(i, i + AUDIT_BATCH));
  }
};
