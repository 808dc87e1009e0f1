import type { PaperProofKind, PaperProofState, ScanContentType } from '@lifecert/core';
import type { Kysely } from 'kysely';
import type { Database, DateOnly, Timestamp } from '../schema.ts';

// The tables added by migration 0500, typed beside the code that uses them.
export type PaperProofsTable = {
  id: string;
  kind: PaperProofKind;
  pensioner_id: string;
  campaign_id: string;
  pending_review_id: string;
  delivery: 'post' | 'proxy';
  received_on: DateOnly;
  form_reference: string | null;
  region: string | null;
  document_type: string | null;
  issuing_body: string | null;
  issued_on: DateOnly | null;
  recorded_by: string;
  recorded_at: Timestamp;
  state: PaperProofState;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  reject_reason: string | null;
  certification_id: string | null;
};

export type PaperProofScansTable = {
  proof_id: string;
  content_type: ScanContentType;
  byte_size: number;
  sha256: string;
  data: Uint8Array;
};

export type PaperDatabase = Database & {
  paper_proofs: PaperProofsTable;
  paper_proof_scans: PaperProofScansTable;
};

/** The same connection or transaction, typed with the paper-proof tables. */
export const paperDb = (db: Kysely<Database>): Kysely<PaperDatabase> =>
  db as unknown as Kysely<PaperDatabase>;
