import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database, GeneratedTimestamp, Timestamp } from '../schema.ts';

// Columns and tables added by migration 0100, typed beside the code that uses them; `selfDb`
// widens a Kysely instance of the shared schema to include them.

export type SelfServiceAttemptColumns = {
  challenge_hash: string | null;
  /** Written as JSON text: pg would turn a JS array into a SQL array. */
  actions: ColumnType<string[], string | undefined, string>;
  expires_at: Timestamp | null;
  consumed_at: Timestamp | null;
  match_score: number | null;
};

export type LoginFailuresTable = {
  id: Generated<string>;
  subject_key: string;
  client_key: string;
  at: Timestamp;
};

export type CertificationPhotosTable = {
  certification_id: string;
  jpeg: Uint8Array;
  created_at: GeneratedTimestamp;
};

export type SelfServiceReopeningsTable = {
  id: Generated<string>;
  pensioner_id: string;
  campaign_id: string;
  reopened_by: string;
  reopened_at: Timestamp;
};

export type SelfServiceDatabase = Omit<Database, 'self_service_attempts'> & {
  self_service_attempts: Database['self_service_attempts'] & SelfServiceAttemptColumns;
  login_failures: LoginFailuresTable;
  certification_photos: CertificationPhotosTable;
  self_service_reopenings: SelfServiceReopeningsTable;
};

/** The same connection or transaction, typed with the self-service tables. */
export const selfDb = (db: Kysely<Database>): Kysely<SelfServiceDatabase> =>
  db as unknown as Kysely<SelfServiceDatabase>;
