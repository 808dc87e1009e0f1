import type { Transaction } from 'kysely';
import { appendAudit, type AuditEntry } from '../audit-log.ts';
import type { Database } from '../schema.ts';

// A batch touches tens of thousands of people, each audited; bounded statements keep memory and
// statement size flat whatever the batch size.
export const appendAuditChunked = async (
  trx: Transaction<Database>,
  entries: readonly AuditEntry[],
): Promise<void> => {
  for (let i = 0; i < entries.length; i += 10_000) {
    await appendAudit(trx, ...entries.slice(i, i + 10_000));
  }
};
