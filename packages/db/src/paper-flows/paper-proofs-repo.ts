import { createHash } from 'node:crypto';
import {
  CERTIFICATION_OF_PROOF,
  type PaperProofKind,
  type PaperProofState,
  type PensionerScope,
  type ScanContentType,
} from '@lifecert/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import { appendAudit } from '../audit-log.ts';
import { pensionerScopeCondition } from '../staff/scoped-pensioners.ts';
import { openPendingReview, resolvePendingReview } from '../lifecycle/pending-reviews-repo.ts';
import type { Database } from '../schema.ts';
import { paperDb } from './schema.ts';

export type NewPaperProof = {
  id: string;
  kind: PaperProofKind;
  pensionerId: string;
  campaignId: string;
  delivery: 'post' | 'proxy';
  receivedOn: string;
  formReference?: string | null;
  overseas?: { region: string; documentType: string; issuingBody: string; issuedOn: string };
  recordedBy: string;
  recordedAtMs: number;
  scan: { contentType: ScanContentType; data: Uint8Array };
};

export const sha256Hex = (data: Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

/** Whether the person has a proof awaiting review in the campaign. */
export const hasPendingPaperProof = async (
  db: Kysely<Database>,
  pensionerId: string,
  campaignId: string,
): Promise<boolean> => {
  const row = await paperDb(db)
    .selectFrom('paper_proofs')
    .select('id')
    .where('pensioner_id', '=', pensionerId)
    .where('campaign_id', '=', campaignId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return row !== undefined;
};

/**
 * Stores a received proof with its scan, opens the pending review that keeps close-out from
 * suspending the person, and audits it, all in the caller's transaction.
 */
export const recordPaperProof = async (
  trx: Transaction<Database>,
  p: NewPaperProof,
): Promise<{ id: string; sha256: string }> => {
  const pendingReviewId = await openPendingReview(trx, {
    pensionerId: p.pensionerId,
    campaignId: p.campaignId,
    kind: p.kind,
    openedAtMs: p.recordedAtMs,
  });
  const db = paperDb(trx);
  await db
    .insertInto('paper_proofs')
    .values({
      id: p.id,
      kind: p.kind,
      pensioner_id: p.pensionerId,
      campaign_id: p.campaignId,
      pending_review_id: pendingReviewId,
      delivery: p.delivery,
      received_on: p.receivedOn,
      form_reference: p.formReference ?? null,
      region: p.overseas?.region ?? null,
      document_type: p.overseas?.documentType ?? null,
      issuing_body: p.overseas?.issuingBody ?? null,
      issued_on: p.overseas?.issuedOn ?? null,
      recorded_by: p.recordedBy,
      recorded_at: new Date(p.recordedAtMs),
      state: 'pending',
    })
    .execute();
  const sha256 = sha256Hex(p.scan.data);
  await db
    .insertInto('paper_proof_scans')
    .values({
      proof_id: p.id,
      content_type: p.scan.contentType,
      byte_size: p.scan.data.byteLength,
      sha256,
      data: p.scan.data,
    })
    .execute();
  await appendAudit(trx, {
    actor: { kind: 'staff', id: p.recordedBy },
    channel: p.kind,
    action: 'paper_proof.recorded',
    entity: 'pensioner',
    entityId: p.pensionerId,
    at: new Date(p.recordedAtMs),
    // The issuing body is free text and stays in its table.
    details: {
      proofId: p.id,
      kind: p.kind,
      campaignId: p.campaignId,
      delivery: p.delivery,
      receivedOn: p.receivedOn,
      documentType: p.overseas?.documentType ?? null,
      issuedOn: p.overseas?.issuedOn ?? null,
      scan: { sha256, contentType: p.scan.contentType, bytes: p.scan.data.byteLength },
    },
  });
  return { id: p.id, sha256 };
};

export type PaperProofRow = {
  id: string;
  kind: PaperProofKind;
  state: PaperProofState;
  pensionerId: string;
  pensionerName: string;
  districtCode: string;
  campaignId: string;
  pendingReviewId: string;
  delivery: 'post' | 'proxy';
  receivedOn: string;
  formReference: string | null;
  region: string | null;
  documentType: string | null;
  issuingBody: string | null;
  issuedOn: string | null;
  recordedBy: string;
  recordedByName: string;
  recordedAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  rejectReason: string | null;
  certificationId: string | null;
  scan: { contentType: ScanContentType; bytes: number; sha256: string } | null;
};

const proofQuery = (db: Kysely<Database>) =>
  paperDb(db)
    .selectFrom('paper_proofs as pp')
    .innerJoin('pensioners as p', 'p.id', 'pp.pensioner_id')
    .innerJoin('staff_accounts as s', 's.id', 'pp.recorded_by')
    .leftJoin('paper_proof_scans as sc', 'sc.proof_id', 'pp.id')
    .select([
      'pp.id',
      'pp.kind',
      'pp.state',
      'pp.pensioner_id',
      'p.name as pensioner_name',
      'p.district_code',
      'pp.campaign_id',
      'pp.pending_review_id',
      'pp.delivery',
      'pp.received_on',
      'pp.form_reference',
      'pp.region',
      'pp.document_type',
      'pp.issuing_body',
      'pp.issued_on',
      'pp.recorded_by',
      's.display_name as recorded_by_name',
      'pp.recorded_at',
      'pp.reviewed_by',
      'pp.reviewed_at',
      'pp.reject_reason',
      'pp.certification_id',
      'sc.content_type',
      'sc.byte_size',
      'sc.sha256',
    ]);

type RawRow = Awaited<ReturnType<ReturnType<typeof proofQuery>['executeTakeFirstOrThrow']>>;

const toRow = (r: RawRow): PaperProofRow => ({
  id: r.id,
  kind: r.kind,
  state: r.state,
  pensionerId: r.pensioner_id,
  pensionerName: r.pensioner_name,
  districtCode: r.district_code,
  campaignId: r.campaign_id,
  pendingReviewId: r.pending_review_id,
  delivery: r.delivery,
  receivedOn: r.received_on,
  formReference: r.form_reference,
  region: r.region,
  documentType: r.document_type,
  issuingBody: r.issuing_body,
  issuedOn: r.issued_on,
  recordedBy: r.recorded_by,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
  rejectReason: r.reject_reason,
  certificationId: r.certification_id,
  scan:
    r.content_type && r.sha256 && r.byte_size !== null
      ? { contentType: r.content_type, bytes: r.byte_size, sha256: r.sha256 }
      : null,
});

type ProofQuery = ReturnType<typeof proofQuery>;

// The staff scope, applied in SQL so a queue page never holds anyone outside it.
const withinScope = (q: ProofQuery, scope: PensionerScope): ProofQuery | null => {
  const condition = pensionerScopeCondition(scope, 'p');
  return condition && q.where(condition);
};

export const PAPER_QUEUE_LIMIT = 200;

/** Proofs inside the scope, oldest first (the order they should be reviewed in). */
export const listPaperProofs = async (
  db: Kysely<Database>,
  scope: PensionerScope,
  filter: { state?: PaperProofState; kind?: PaperProofKind; pensionerId?: string } = {},
  limit = PAPER_QUEUE_LIMIT,
): Promise<PaperProofRow[]> => {
  let q = proofQuery(db);
  if (filter.state) q = q.where('pp.state', '=', filter.state);
  if (filter.kind) q = q.where('pp.kind', '=', filter.kind);
  if (filter.pensionerId) q = q.where('pp.pensioner_id', '=', filter.pensionerId);
  const scoped = withinScope(q, scope);
  if (!scoped) return [];
  const rows = await scoped.orderBy('pp.recorded_at').orderBy('pp.id').limit(limit).execute();
  return rows.map(toRow);
};

/** One proof when inside the scope; undefined both when absent and when out of scope. */
export const getScopedPaperProof = async (
  db: Kysely<Database>,
  scope: PensionerScope,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<PaperProofRow | undefined> => {
  const scoped = withinScope(proofQuery(db).where('pp.id', '=', id), scope);
  if (!scoped) return undefined;
  // Serialises two reviewers deciding the same proof: the second sees the first's decision.
  if (opts.lock) {
    await sql`select id from paper_proofs where id = ${id} for update`.execute(db);
  }
  const row = await scoped.executeTakeFirst();
  return row && toRow(row);
};

/** The scan's bytes. */
export const getPaperProofScan = async (
  db: Kysely<Database>,
  proofId: string,
): Promise<{ contentType: ScanContentType; data: Uint8Array; sha256: string } | undefined> => {
  const row = await paperDb(db)
    .selectFrom('paper_proof_scans')
    .select(['content_type', 'data', 'sha256'])
    .where('proof_id', '=', proofId)
    .executeTakeFirst();
  return row && { contentType: row.content_type, data: row.data, sha256: row.sha256 };
};

export type PaperDecision = {
  proof: Pick<PaperProofRow, 'id' | 'kind' | 'pensionerId' | 'campaignId' | 'pendingReviewId'>;
  reviewerId: string;
  decidedAtMs: number;
} & (
  | { approve: true; certificationId: string; certificateNo: string }
  | { approve: false; reason: string }
);

/**
 * Applies a review decision in the caller's transaction: an approval becomes a certification by
 * the proof's channel and method. Returns false (and writes nothing) when the drawn certificate
 * number is taken, so the caller draws another.
 */
export const decidePaperProof = async (
  trx: Transaction<Database>,
  d: PaperDecision,
): Promise<boolean> => {
  const at = new Date(d.decidedAtMs);
  const { channel, method } = CERTIFICATION_OF_PROOF[d.proof.kind];
  if (d.approve) {
    const { rows } = await sql<{ id: string }>`
      insert into certifications
        (id, pensioner_id, campaign_id, channel, method, operator_id, certified_at, certificate_no)
      values (${d.certificationId}, ${d.proof.pensionerId}, ${d.proof.campaignId}, ${channel},
        ${method}, ${d.reviewerId}, ${at.toISOString()}, ${d.certificateNo})
      on conflict (certificate_no) do nothing
      returning id`.execute(trx);
    if (rows.length === 0) return false;
  }
  await paperDb(trx)
    .updateTable('paper_proofs')
    .set({
      state: d.approve ? 'approved' : 'rejected',
      reviewed_by: d.reviewerId,
      reviewed_at: at,
      reject_reason: d.approve ? null : d.reason,
      certification_id: d.approve ? d.certificationId : null,
    })
    .where('id', '=', d.proof.id)
    .where('state', '=', 'pending')
    .execute();
  await resolvePendingReview(trx, d.proof.pendingReviewId, d.decidedAtMs);
  await appendAudit(trx, {
    actor: { kind: 'staff', id: d.reviewerId },
    channel,
    action: d.approve ? 'paper_proof.approved' : 'paper_proof.rejected',
    entity: 'pensioner',
    entityId: d.proof.pensionerId,
    at,
    // The rejection reason stays in its table: free text may carry personal data.
    details: {
      proofId: d.proof.id,
      kind: d.proof.kind,
      campaignId: d.proof.campaignId,
      ...(d.approve ? { certificationId: d.certificationId, method } : {}),
    },
  });
  return true;
};

/**
 * Retention: deletes the scans of proofs decided before `beforeMs` (the decision and its audit
 * entries stay). Returns how many were deleted.
 */
export const purgeDecidedPaperScans = async (
  trx: Transaction<Database>,
  beforeMs: number,
): Promise<number> => {
  const { rows } = await sql<{ proof_id: string }>`
    delete from paper_proof_scans s using paper_proofs p
    where p.id = s.proof_id and p.state <> 'pending' and p.reviewed_at < ${new Date(beforeMs).toISOString()}
    returning s.proof_id`.execute(trx);
  if (rows.length > 0) {
    await appendAudit(trx, {
      actor: { kind: 'system', id: null },
      channel: null,
      action: 'paper_proof.scans_purged',
      entity: 'paper_proof_scans',
      entityId: null,
      details: { count: rows.length, decidedBefore: new Date(beforeMs).toISOString() },
    });
  }
  return rows.length;
};
