import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Channel } from '@lifecert/core';
import type { AttemptOutcome, Database, Timestamp } from '../schema.ts';

// The table added by migration 0400, typed beside the code that uses it.
export type AssistedFaceAttemptsTable = {
  id: Generated<string>;
  pensioner_id: string;
  campaign_id: string;
  staff_id: string;
  organisation_id: string;
  channel: Channel;
  challenge_hash: string;
  /** Written as JSON text: pg would turn a JS array into a SQL array. */
  actions: ColumnType<string[], string, string>;
  issued_at: Timestamp;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
  finished_at: Timestamp | null;
  outcome: ColumnType<AttemptOutcome, AttemptOutcome | undefined, AttemptOutcome>;
  reasons: ColumnType<string[], string | undefined, string>;
  match_score: number | null;
  certification_id: string | null;
};

export type AssistedFaceDatabase = Database & { assisted_face_attempts: AssistedFaceAttemptsTable };

/** The same connection or transaction, typed with the assisted face table. */
export const assistedFaceDb = (db: Kysely<Database>): Kysely<AssistedFaceDatabase> =>
  db as unknown as Kysely<AssistedFaceDatabase>;
