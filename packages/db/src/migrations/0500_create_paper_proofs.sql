-- Paper proofs of life that arrive by post or proxy: the stamped offsite certification form of
-- people living elsewhere in China, and the documents of people living abroad. Each is recorded
-- by one member of staff and decided by another; the decision becomes a certification.

CREATE TABLE paper_proofs (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('offsite_form', 'overseas_document')),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  pending_review_id uuid NOT NULL UNIQUE REFERENCES pending_reviews (id),
  delivery text NOT NULL CHECK (delivery IN ('post', 'proxy')),
  received_on date NOT NULL,
  form_reference text,
  region text,
  document_type text,
  issuing_body text CHECK (char_length(issuing_body) BETWEEN 2 AND 200),
  issued_on date,
  recorded_by uuid NOT NULL REFERENCES staff_accounts (id),
  recorded_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
  reviewed_by uuid REFERENCES staff_accounts (id),
  reviewed_at timestamptz,
  reject_reason text CHECK (char_length(reject_reason) BETWEEN 4 AND 200),
  certification_id uuid UNIQUE REFERENCES certifications (id),
  -- Four eyes, enforced by the database as well as the rules.
  CHECK (reviewed_by IS NULL OR reviewed_by <> recorded_by),
  CHECK ((state = 'pending') = (reviewed_by IS NULL AND reviewed_at IS NULL)),
  CHECK ((state = 'approved') = (certification_id IS NOT NULL)),
  CHECK ((state = 'rejected') = (reject_reason IS NOT NULL)),
  CHECK (kind = 'offsite_form' OR (region IS NOT NULL AND document_type IS NOT NULL
    AND issuing_body IS NOT NULL AND issued_on IS NOT NULL))
);

COMMENT ON TABLE paper_proofs IS 'Offsite certification forms and overseas proofs of life received by post or proxy, with their review. One pending row per person and campaign at most.';
COMMENT ON COLUMN paper_proofs.id IS 'Surrogate key.';
COMMENT ON COLUMN paper_proofs.kind IS 'offsite_form (person living elsewhere in China) or overseas_document (person abroad).';
COMMENT ON COLUMN paper_proofs.pensioner_id IS 'Whose proof of life it is.';
COMMENT ON COLUMN paper_proofs.campaign_id IS 'The campaign it counts for.';
COMMENT ON COLUMN paper_proofs.pending_review_id IS 'The pending_reviews row that keeps close-out from suspending the person while this awaits a decision.';
COMMENT ON COLUMN paper_proofs.delivery IS 'How it arrived: post or proxy.';
COMMENT ON COLUMN paper_proofs.received_on IS 'Shanghai calendar day it reached the agency; the validity window of overseas documents counts back from it.';
COMMENT ON COLUMN paper_proofs.form_reference IS 'Offsite forms: the signed reference printed as a QR code on the form, when it could be read. Never the ID number.';
COMMENT ON COLUMN paper_proofs.region IS 'Overseas documents: ISO 3166-1 alpha-2 country or region of residence at the time (decides the accepted document types).';
COMMENT ON COLUMN paper_proofs.document_type IS 'Overseas documents: code of the document type from the jurisdiction profile.';
COMMENT ON COLUMN paper_proofs.issuing_body IS 'Overseas documents: who issued it, as written on it (embassy, notary, union ...).';
COMMENT ON COLUMN paper_proofs.issued_on IS 'Overseas documents: issue date written on it.';
COMMENT ON COLUMN paper_proofs.recorded_by IS 'Staff account that recorded the receipt.';
COMMENT ON COLUMN paper_proofs.recorded_at IS 'When the receipt was recorded.';
COMMENT ON COLUMN paper_proofs.state IS 'pending, approved (became a certification) or rejected (with a reason).';
COMMENT ON COLUMN paper_proofs.reviewed_by IS 'Staff account that decided; never the recorder.';
COMMENT ON COLUMN paper_proofs.reviewed_at IS 'When it was decided.';
COMMENT ON COLUMN paper_proofs.reject_reason IS 'Why it was rejected, to tell the person (4-200 characters). Must not contain ID or phone numbers.';
COMMENT ON COLUMN paper_proofs.certification_id IS 'The certification an approval created.';

CREATE UNIQUE INDEX paper_proofs_one_pending_idx ON paper_proofs (pensioner_id, campaign_id)
  WHERE state = 'pending';
CREATE INDEX paper_proofs_queue_idx ON paper_proofs (state, recorded_at);

CREATE TABLE paper_proof_scans (
  proof_id uuid PRIMARY KEY REFERENCES paper_proofs (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  data bytea NOT NULL
);

COMMENT ON TABLE paper_proof_scans IS 'The scan of each received form or document: personal data, kept only as long as docs/data-protection.md says.';
COMMENT ON COLUMN paper_proof_scans.proof_id IS 'The proof it shows.';
COMMENT ON COLUMN paper_proof_scans.content_type IS 'image/jpeg, image/png or application/pdf, read from the bytes on upload.';
COMMENT ON COLUMN paper_proof_scans.byte_size IS 'Size in bytes (at most 5 MB).';
COMMENT ON COLUMN paper_proof_scans.sha256 IS 'sha256 (hex) of data, recorded in the audit log so the scan reviewed is provably the one received.';
COMMENT ON COLUMN paper_proof_scans.data IS 'The file as uploaded.';
