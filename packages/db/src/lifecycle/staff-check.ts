import { sql, type Transaction } from 'kysely';
import {
  canCommitBatches,
  err,
  ok,
  type DomainError,
  type Result,
  type StaffRole,
} from '@lifecert/core';
import type { Database } from '../schema.ts';

/** The committing account must exist, be active and be an administrator. */
export const checkBatchCommitter = async (
  trx: Transaction<Database>,
  staffId: string,
): Promise<Result<true, DomainError>> => {
  const { rows } = await sql<{ role: StaffRole; active: boolean }>`
    select role, active from staff_accounts where id = ${staffId}`.execute(trx);
  const staff = rows[0];
  if (!staff?.active) return err({ code: 'unauthenticated' });
  return canCommitBatches(staff.role) ? ok(true) : err({ code: 'forbidden' });
};
