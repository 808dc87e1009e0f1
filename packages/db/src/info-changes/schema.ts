import type {
  ApprovalStatus,
  FieldChange,
  IdDocumentType,
  InfoChangeChannel,
  InfoChangeDocument,
} from '@lifecert/core';
import type { Generated, Kysely } from 'kysely';
import type { Json } from '../photo-enrolment/schema.ts';
import type { Database, Timestamp } from '../schema.ts';

// The table added by migration 0700 for information changes, typed beside the code that uses it.
export type InfoChangesTable = {
  id: Generated<string>;
  pensioner_id: string;
  channel: InfoChangeChannel;
  proxy_name: string | null;
  proxy_id_type: IdDocumentType | null;
  proxy_id_number: string | null;
  documents: Json<InfoChangeDocument[]>;
  changes: Json<FieldChange[]>;
  reason: string;
  requested_by: string;
  organisation_id: string;
  requested_at: Timestamp;
  status: Generated<ApprovalStatus>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
};

export type InfoChangeDatabase = Database & { info_changes: InfoChangesTable };

export const infoChangeDb = (db: Kysely<Database>): Kysely<InfoChangeDatabase> =>
  db as unknown as Kysely<InfoChangeDatabase>;
