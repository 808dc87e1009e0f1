import { PAPER_PROOF_KINDS, PAPER_PROOF_STATES, SCAN_CONTENT_TYPES } from '@lifecert/core';
import { z } from 'zod';

export const PensionerParams = z.object({ id: z.uuid() });
export const ProofParams = z.object({ id: z.uuid() });

// Base64 of the largest scan (5 MB) plus slack for whitespace; the decoded size is checked too.
const BASE64_MAX = 7_000_000;
/** JSON body limit of the upload routes: the scan plus the other fields. */
export const UPLOAD_BODY_LIMIT = 7_200_000;

/** The scan travels as base64 in JSON; its type is read from the bytes, not from the client. */
export const ScanUpload = z.object({
  fileName: z.string().max(200).optional(),
  dataBase64: z
    .string()
    .min(1)
    .max(BASE64_MAX)
    .regex(/^[A-Za-z0-9+/=\s]+$/),
});

export const OffsiteFormReceiptBody = z.object({
  delivery: z.enum(['post', 'proxy']),
  /** the QR code or the printed reference, when the form carries one */
  reference: z.string().trim().max(120).optional(),
  scan: ScanUpload,
});

export const OverseasDocumentBody = z.object({
  documentType: z.string().min(1).max(80),
  delivery: z.enum(['post', 'proxy']),
  issuingBody: z.string().max(1000),
  issuedOn: z.string().max(20),
  scan: ScanUpload,
});

export const RejectBody = z.object({ reason: z.string().max(1000) });

export const ReferenceQuery = z.object({ reference: z.string().trim().min(1).max(120) });

export const QueueQuery = z.object({
  state: z.enum(PAPER_PROOF_STATES).default('pending'),
  kind: z.enum(PAPER_PROOF_KINDS).optional(),
  pensionerId: z.uuid().optional(),
});

const LocalizedName = z.object({ 'zh-CN': z.string(), en: z.string() });

export const PaperProofView = z.object({
  id: z.string(),
  kind: z.enum(PAPER_PROOF_KINDS),
  state: z.enum(PAPER_PROOF_STATES),
  pensioner: z.object({ id: z.string(), name: z.string(), districtCode: z.string() }),
  delivery: z.enum(['post', 'proxy']),
  receivedOn: z.string(),
  formReference: z.string().nullable(),
  region: z.string().nullable(),
  documentType: z
    .object({ code: z.string(), name: LocalizedName, issuer: LocalizedName })
    .nullable(),
  issuingBody: z.string().nullable(),
  issuedOn: z.string().nullable(),
  recordedBy: z.object({ id: z.string(), name: z.string() }),
  recordedAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  scan: z
    .object({ contentType: z.enum(SCAN_CONTENT_TYPES), bytes: z.number(), sha256: z.string() })
    .nullable(),
  /** whether the caller may decide it (a reviewer who did not record it, while pending) */
  canReview: z.boolean(),
});

export const QueueReply = z.object({ items: z.array(PaperProofView) });

export const DecisionReply = PaperProofView.extend({
  certificateNo: z.string().nullable(),
});

export const DocumentTypesReply = z.object({
  region: z.string(),
  regionKind: z.string(),
  documents: z.array(z.object({ code: z.string(), name: LocalizedName, issuer: LocalizedName })),
  deliveryMethods: z.array(z.string()),
  documentMaxAgeDays: z.number(),
});

export const ReferenceReply = z.object({
  pensioner: z.object({ id: z.string(), name: z.string(), districtCode: z.string() }),
  year: z.number(),
});

export const PersonProofsReply = z.object({
  residence: z.enum(['local', 'elsewhere', 'abroad']),
  residenceRegion: z.string().nullable(),
  proofs: z.array(PaperProofView),
});
