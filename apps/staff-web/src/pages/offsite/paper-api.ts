// Shapes of the paper-proof API (apps/server/src/routes/staff-paper) and small browser helpers.
import type { Localized } from '../../i18n/i18n.ts';

export type PaperProof = {
  id: string;
  kind: 'offsite_form' | 'overseas_document';
  state: 'pending' | 'approved' | 'rejected';
  pensioner: { id: string; name: string; districtCode: string };
  delivery: 'post' | 'proxy';
  receivedOn: string;
  formReference: string | null;
  region: string | null;
  documentType: { code: string; name: Localized; issuer: Localized } | null;
  issuingBody: string | null;
  issuedOn: string | null;
  recordedBy: { id: string; name: string };
  recordedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  rejectReason: string | null;
  scan: { contentType: string; bytes: number; sha256: string } | null;
  canReview: boolean;
};

export type PersonProofs = {
  residence: 'local' | 'elsewhere' | 'abroad';
  residenceRegion: string | null;
  proofs: PaperProof[];
};

export const personProofsPath = (id: string) => `/api/staff/pensioners/${id}/paper-proofs`;

/** The file's bytes as base64, for the JSON upload. */
export const fileToBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/** Scans the server accepts; it checks the bytes again. */
export const SCAN_ACCEPT = 'image/jpeg,image/png,application/pdf';
export const SCAN_MAX_BYTES = 5 * 1024 * 1024;
