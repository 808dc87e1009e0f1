-- Reference-photo re-enrolment and corrections of basic information, each taken by one member of
-- staff and approved or rejected by another (four eyes). The request rows stay as the history.

CREATE TABLE photo_enrolments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  photo_id uuid REFERENCES reference_photos (id) ON DELETE SET NULL,
  source text NOT NULL CHECK (source IN ('camera', 'upload')),
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 4 AND 200),
  quality jsonb NOT NULL,
  requested_by uuid NOT NULL REFERENCES staff_accounts (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  requested_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  decided_by uuid REFERENCES staff_accounts (id),
  decided_at timestamptz,
  decision_reason text CHECK (decision_reason IS NULL OR char_length(decision_reason) BETWEEN 4 AND 200),
  replaced_photo_id uuid REFERENCES reference_photos (id),
  CHECK ((status = 'pending') = (decided_by IS NULL AND decided_at IS NULL)),
  CHECK (decided_by IS NULL OR decided_by <> requested_by),
  CHECK (status = 'rejected' OR photo_id IS NOT NULL),
  CHECK (status <> 'rejected' OR decision_reason IS NOT NULL)
);

COMMENT ON TABLE photo_enrolments IS 'Requests to make a newly captured photo a person''s reference photo, and their four-eyes decision; kept as the history of reference photos.';
COMMENT ON COLUMN photo_enrolments.id IS 'Surrogate key.';
COMMENT ON COLUMN photo_enrolments.pensioner_id IS 'Whose photo it is.';
COMMENT ON COLUMN photo_enrolments.photo_id IS 'The candidate in reference_photos (stored inactive until approved); null after a rejection, when the photo itself is deleted.';
COMMENT ON COLUMN photo_enrolments.source IS 'camera (taken on the staff device) or upload (a JPEG file).';
COMMENT ON COLUMN photo_enrolments.reason IS 'Why the clerk replaced or added the photo (4-200 characters). Must not contain ID or phone numbers.';
COMMENT ON COLUMN photo_enrolments.quality IS 'What the server measured on the photo (face count, size, pose, brightness, sharpness); no pixels or embeddings.';
COMMENT ON COLUMN photo_enrolments.requested_by IS 'Staff account that captured the photo.';
COMMENT ON COLUMN photo_enrolments.organisation_id IS 'Organisation the capturing clerk acted for, as at the time.';
COMMENT ON COLUMN photo_enrolments.requested_at IS 'When the photo was captured and checked.';
COMMENT ON COLUMN photo_enrolments.status IS 'pending (awaiting a second member of staff), approved (the photo became the active reference) or rejected.';
COMMENT ON COLUMN photo_enrolments.decided_by IS 'Staff account that approved or rejected; never the one that captured.';
COMMENT ON COLUMN photo_enrolments.decided_at IS 'When it was approved or rejected.';
COMMENT ON COLUMN photo_enrolments.decision_reason IS 'The approver''s note; required for a rejection (4-200 characters).';
COMMENT ON COLUMN photo_enrolments.replaced_photo_id IS 'The photo that was active before approval (now inactive); null when the person had none.';

CREATE UNIQUE INDEX photo_enrolments_one_pending_idx ON photo_enrolments (pensioner_id) WHERE status = 'pending';
CREATE INDEX photo_enrolments_pensioner_idx ON photo_enrolments (pensioner_id, requested_at);

CREATE TABLE info_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  channel text NOT NULL CHECK (channel IN ('in_person', 'proxy')),
  proxy_name text,
  proxy_id_type text,
  proxy_id_number text,
  documents jsonb NOT NULL,
  changes jsonb NOT NULL,
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 4 AND 200),
  requested_by uuid NOT NULL REFERENCES staff_accounts (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  requested_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  decided_by uuid REFERENCES staff_accounts (id),
  decided_at timestamptz,
  decision_reason text CHECK (decision_reason IS NULL OR char_length(decision_reason) BETWEEN 4 AND 200),
  CHECK ((channel = 'proxy') = (proxy_name IS NOT NULL AND proxy_id_type IS NOT NULL AND proxy_id_number IS NOT NULL)),
  CHECK ((status = 'pending') = (decided_by IS NULL AND decided_at IS NULL)),
  CHECK (decided_by IS NULL OR decided_by <> requested_by),
  CHECK (status <> 'rejected' OR decision_reason IS NOT NULL)
);

COMMENT ON TABLE info_changes IS 'Requests to correct a person''s basic information, with old and new values, the documents presented and the four-eyes decision; the per-person history of such changes.';
COMMENT ON COLUMN info_changes.id IS 'Surrogate key.';
COMMENT ON COLUMN info_changes.pensioner_id IS 'Whose record is corrected.';
COMMENT ON COLUMN info_changes.channel IS 'in_person (the pensioner at the counter) or proxy (someone on their behalf).';
COMMENT ON COLUMN info_changes.proxy_name IS 'Name of the proxy as on their ID; null in person.';
COMMENT ON COLUMN info_changes.proxy_id_type IS 'Kind of the proxy''s identity document, as named by the domain core; null in person.';
COMMENT ON COLUMN info_changes.proxy_id_number IS 'Normalised number of the proxy''s identity document. Personal data: never log it.';
COMMENT ON COLUMN info_changes.documents IS 'JSON array of the checklist codes of the documents presented (e.g. proxy_id_original, pensioner_id_copy_all_pages).';
COMMENT ON COLUMN info_changes.changes IS 'JSON array of {field, old, new} for every changed field, normalised. Personal data (may hold ID and phone numbers): never log it.';
COMMENT ON COLUMN info_changes.reason IS 'Why the information is corrected (4-200 characters). Must not contain ID or phone numbers.';
COMMENT ON COLUMN info_changes.requested_by IS 'Staff account that took the request.';
COMMENT ON COLUMN info_changes.organisation_id IS 'Organisation the clerk acted for, as at the time.';
COMMENT ON COLUMN info_changes.requested_at IS 'When the request was taken.';
COMMENT ON COLUMN info_changes.status IS 'pending, approved (the pensioner row was changed in the same transaction) or rejected.';
COMMENT ON COLUMN info_changes.decided_by IS 'Staff account that approved or rejected; never the one that took the request.';
COMMENT ON COLUMN info_changes.decided_at IS 'When it was approved or rejected.';
COMMENT ON COLUMN info_changes.decision_reason IS 'The approver''s note; required for a rejection (4-200 characters).';

CREATE UNIQUE INDEX info_changes_one_pending_idx ON info_changes (pensioner_id) WHERE status = 'pending';
CREATE INDEX info_changes_pensioner_idx ON info_changes (pensioner_id, requested_at);
