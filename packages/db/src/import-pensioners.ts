import { sql, type Kysely } from 'kysely';
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
 * Upserts validated rows by ID number in one transaction: all rows land or none do. Each written
 * batch gets one audit entry listing the ids of the pensioners it created and updated (one entry
 * per pensioner would double the cost of a million-row import), and a summary entry closes the
 * import. A re-import that changes nothing writes nothing, not even to the audit log.
 */
export const importPensioners = (
  db: Kysely<Database>,
  rows: readonly PensionerImportRow[],
  opts: ImportPensionersOptions,
): Promise<UpsertResult> =>
  db.transaction().execute(async (trx) => {
    const at = new Date();
    const base = { actor: opts.actor, channel: opts.channel ?? null, entity: 'pensioner', at };
    const entries: AuditEntry[] = [];
    const result = await upsertPensioners(trx, rows, {
      ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
      onChanged: (changed) => {
        entries.push({
          ...base,
          action: 'pensioners.upserted',
          entityId: null,
          details: {
            created: changed.filter((c) => c.inserted).map((c) => c.id),
            updated: changed.filter((c) => !c.inserted).map((c) => c.id),
          },
        });
      },
    });
    if (entries.length === 0) return result;
    entries.push({
      ...base,
      action: 'pensioners.imported',
      entity: 'pensioner_import',
      entityId: null,
      details: { ...result, ...(opts.source ? { source: opts.source } : {}) },
    });
    await appendAudit(trx, ...entries);
    return result;
  });

/**
 * Run after a large import, outside any transaction: sets the visibility map so status pages
 * are index-only scans, and refreshes planner statistics. Autovacuum would get there too, later.
 */
export const vacuumAfterImport = async (db: Kysely<Database>): Promise<void> => {
  await sql`vacuum (analyze) pensioners`.execute(db);
};
