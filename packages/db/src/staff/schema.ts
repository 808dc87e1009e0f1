import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

// The table added by migration 0300, typed beside the code that uses it.
export type AssistedIdChecksTable = {
  certification_id: string;
  reason: string;
  recorded_by: string;
  organisation_id: string;
};

export type StaffDatabase = Database & { assisted_id_checks: AssistedIdChecksTable };

/** The same connection or transaction, typed with the staff tables. */
export const staffDb = (db: Kysely<Database>): Kysely<StaffDatabase> =>
  db as unknown as Kysely<StaffDatabase>;
