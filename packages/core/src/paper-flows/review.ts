import { err, ok, type Result } from '../result.ts';

/** The two paper proofs staff receive and review. */
export const PAPER_PROOF_KINDS = ['offsite_form', 'overseas_document'] as const;
export type PaperProofKind = (typeof PAPER_PROOF_KINDS)[number];

export const PAPER_PROOF_STATES = ['pending', 'approved', 'rejected'] as const;
export type PaperProofState = (typeof PAPER_PROOF_STATES)[number];

/** Where a person must live for each proof: elsewhere in China for the form, abroad for documents. */
export const RESIDENCE_OF_PROOF: Readonly<Record<PaperProofKind, 'elsewhere' | 'abroad'>> = {
  offsite_form: 'elsewhere',
  overseas_document: 'abroad',
};

/** The certification a proof becomes when approved. */
export const CERTIFICATION_OF_PROOF = {
  offsite_form: { channel: 'offsite_form', method: 'form' },
  overseas_document: { channel: 'overseas_document', method: 'document' },
} as const satisfies Record<PaperProofKind, { channel: string; method: string }>;

export const REJECT_REASON_MIN = 4;
export const REJECT_REASON_MAX = 200;

export type ReviewError =
  'paper_proof_own_record' | 'paper_proof_decided' | 'field_required' | 'field_too_long';

/**
 * Four eyes: whoever recorded the receipt may not decide it, and a proof is decided once. A
 * rejection needs a reason the person can be told.
 */
export const checkReview = (
  proof: { state: PaperProofState; recordedBy: string },
  reviewerId: string,
  decision: { approve: true } | { approve: false; reason: string },
): Result<{ reason: string | null }, ReviewError> => {
  if (proof.state !== 'pending') return err('paper_proof_decided');
  if (proof.recordedBy === reviewerId) return err('paper_proof_own_record');
  if (decision.approve) return ok({ reason: null });
  const reason = decision.reason.trim();
  if (reason.length < REJECT_REASON_MIN) return err('field_required');
  if (reason.length > REJECT_REASON_MAX) return err('field_too_long');
  return ok({ reason });
};
