import type { ApprovalStatus, PhotoMeasures } from '@lifecert/core';
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database, Timestamp } from '../schema.ts';

/** jsonb written as JSON text (pg would turn a JS array into a SQL array), read back parsed. */
export type Json<T> = ColumnType<T, string, string>;

// The table added by migration 0700 for photos, typed beside the code that uses it.
export type PhotoEnrolmentsTable = {
  id: Generated<string>;
  pensioner_id: string;
  photo_id: string | null;
  source: 'camera' | 'upload';
  reason: string;
  quality: Json<PhotoMeasures>;
  requested_by: string;
  organisation_id: string;
  requested_at: Timestamp;
  status: Generated<ApprovalStatus>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
  replaced_photo_id: string | null;
};

export type PhotoDatabase = Database & { photo_enrolments: PhotoEnrolmentsTable };

/** The same connection or transaction, typed with the photo enrolment table. */
export const photoDb = (db: Kysely<Database>): Kysely<PhotoDatabase> =>
  db as unknown as Kysely<PhotoDatabase>;
