-- Campaigns and their results: what each person did, by which channel, and how.

CREATE TABLE campaigns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL UNIQUE,
  window_start date NOT NULL,
  window_end date NOT NULL,
  cutoff_date date NOT NULL,
  exemption_date date NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (window_start <= window_end)
);

COMMENT ON TABLE campaigns IS 'One yearly entitlement certification round.';
COMMENT ON COLUMN campaigns.id IS 'Surrogate key.';
COMMENT ON COLUMN campaigns.year IS 'Campaign year; at most one campaign a year.';
COMMENT ON COLUMN campaigns.window_start IS 'First day people can certify (Asia/Shanghai calendar date).';
COMMENT ON COLUMN campaigns.window_end IS 'Last day people can certify; the day ends at 23:59:59.999 Shanghai time.';
COMMENT ON COLUMN campaigns.cutoff_date IS 'People whose monthly benefits began before this date must certify.';
COMMENT ON COLUMN campaigns.exemption_date IS 'People who certified by face on or after this date are exempt.';
COMMENT ON COLUMN campaigns.status IS 'draft (being prepared), open (accepting certifications) or closed.';
COMMENT ON COLUMN campaigns.created_at IS 'When the campaign was created.';

CREATE TABLE certifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  channel text NOT NULL CHECK (channel IN ('self_service', 'counter', 'employer', 'bank', 'home_visit', 'offsite_form', 'overseas_document', 'in_person_id_check')),
  method text NOT NULL CHECK (method IN ('face', 'id_check', 'document', 'form')),
  operator_id uuid REFERENCES staff_accounts (id),
  certified_at timestamptz NOT NULL,
  certificate_no text NOT NULL UNIQUE,
  match_score double precision,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (match_score IS NULL OR method = 'face')
);

COMMENT ON TABLE certifications IS 'Successful proofs of life. Append-only by convention: a mistaken one is countered by an audit entry, not deleted.';
COMMENT ON COLUMN certifications.id IS 'Surrogate key.';
COMMENT ON COLUMN certifications.pensioner_id IS 'Who was certified alive and entitled.';
COMMENT ON COLUMN certifications.campaign_id IS 'The campaign this certification counts for.';
COMMENT ON COLUMN certifications.channel IS 'Where it happened: self_service, counter, employer, bank, home_visit, offsite_form, overseas_document or in_person_id_check.';
COMMENT ON COLUMN certifications.method IS 'How identity and life were established: face (matching), id_check (staff saw the person and the ID), document (overseas proof of life) or form (offsite form).';
COMMENT ON COLUMN certifications.operator_id IS 'Staff account that performed or recorded it; null for self-service.';
COMMENT ON COLUMN certifications.certified_at IS 'When the person was certified (for documents: the date the proof attests).';
COMMENT ON COLUMN certifications.certificate_no IS 'Number printed on the receipt given to the pensioner.';
COMMENT ON COLUMN certifications.match_score IS 'Face similarity behind a face certification; null for other methods.';
COMMENT ON COLUMN certifications.created_at IS 'When the row was recorded.';

-- Status computation reads, per pensioner, the latest certification in a campaign and the latest
-- face certification since the exemption date; these two indexes answer both by index only.
CREATE INDEX certifications_campaign_pensioner_idx ON certifications (campaign_id, pensioner_id, certified_at DESC);
CREATE INDEX certifications_face_idx ON certifications (pensioner_id, certified_at DESC) WHERE method = 'face';

CREATE TABLE self_service_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  outcome text NOT NULL DEFAULT 'started' CHECK (outcome IN ('started', 'succeeded', 'failed', 'abandoned')),
  reasons jsonb NOT NULL DEFAULT '[]'::jsonb
);

COMMENT ON TABLE self_service_attempts IS 'Every self-service face certification attempt; counts towards the attempt limit.';
COMMENT ON COLUMN self_service_attempts.id IS 'Surrogate key.';
COMMENT ON COLUMN self_service_attempts.pensioner_id IS 'Who attempted.';
COMMENT ON COLUMN self_service_attempts.campaign_id IS 'The campaign the attempt counts in.';
COMMENT ON COLUMN self_service_attempts.started_at IS 'When the challenge was issued.';
COMMENT ON COLUMN self_service_attempts.finished_at IS 'When a decision was reached; null while running or abandoned.';
COMMENT ON COLUMN self_service_attempts.outcome IS 'started, succeeded, failed or abandoned.';
COMMENT ON COLUMN self_service_attempts.reasons IS 'Machine-readable reason codes behind a failure (e.g. too dark, no parallax); never images or embeddings.';

CREATE INDEX self_service_attempts_pensioner_idx ON self_service_attempts (pensioner_id, campaign_id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  subject_kind text NOT NULL CHECK (subject_kind IN ('pensioner', 'staff')),
  subject_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

COMMENT ON TABLE sessions IS 'Login sessions; kept here, not in server memory, so any server instance can serve any request.';
COMMENT ON COLUMN sessions.token_hash IS 'sha256 (hex) of the bearer token; the token itself is never stored.';
COMMENT ON COLUMN sessions.subject_kind IS 'Whether a pensioner or a staff account is logged in.';
COMMENT ON COLUMN sessions.subject_id IS 'Id of the pensioner or staff account.';
COMMENT ON COLUMN sessions.created_at IS 'When the session was opened.';
COMMENT ON COLUMN sessions.expires_at IS 'After this instant the session is invalid; expired rows are purged periodically.';

CREATE INDEX sessions_subject_idx ON sessions (subject_kind, subject_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
