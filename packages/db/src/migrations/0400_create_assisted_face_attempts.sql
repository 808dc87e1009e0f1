-- Face certifications made on a staff device (counter, employer, bank branch, home visit): each
-- challenge a clerk starts for a person, and its outcome. They never count towards the person's
-- self-service attempt limit (self_service_attempts), but every one is kept with the clerk who
-- ran it, so failed assisted attempts can be reviewed and counted apart.

CREATE TABLE assisted_face_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  staff_id uuid NOT NULL REFERENCES staff_accounts (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  channel text NOT NULL CHECK (channel IN ('counter', 'employer', 'bank', 'home_visit')),
  challenge_hash text NOT NULL UNIQUE,
  actions jsonb NOT NULL,
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz,
  finished_at timestamptz,
  outcome text NOT NULL DEFAULT 'started' CHECK (outcome IN ('started', 'succeeded', 'failed', 'abandoned')),
  reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  match_score double precision,
  certification_id uuid REFERENCES certifications (id),
  CHECK (certification_id IS NULL OR outcome = 'succeeded')
);

COMMENT ON TABLE assisted_face_attempts IS 'Face certification attempts run by staff on their own device for a person in front of them; not counted towards the self-service attempt limit.';
COMMENT ON COLUMN assisted_face_attempts.id IS 'Surrogate key.';
COMMENT ON COLUMN assisted_face_attempts.pensioner_id IS 'Who was being certified.';
COMMENT ON COLUMN assisted_face_attempts.campaign_id IS 'The campaign the attempt was for.';
COMMENT ON COLUMN assisted_face_attempts.staff_id IS 'Staff account that ran the camera; only it may submit the recording.';
COMMENT ON COLUMN assisted_face_attempts.organisation_id IS 'Organisation the clerk acted for, as it was at the time.';
COMMENT ON COLUMN assisted_face_attempts.channel IS 'Channel of that organisation: counter, employer, bank or home_visit.';
COMMENT ON COLUMN assisted_face_attempts.challenge_hash IS 'SHA-256 of the one-time challenge token (the token itself is never stored).';
COMMENT ON COLUMN assisted_face_attempts.actions IS 'The actions the person was asked to perform, in order (e.g. ["nod","blink","mouth"]).';
COMMENT ON COLUMN assisted_face_attempts.issued_at IS 'When the challenge was issued.';
COMMENT ON COLUMN assisted_face_attempts.expires_at IS 'After this the recording is refused.';
COMMENT ON COLUMN assisted_face_attempts.consumed_at IS 'When the recording arrived; a challenge is judged once.';
COMMENT ON COLUMN assisted_face_attempts.finished_at IS 'When the decision was reached; null while running or abandoned.';
COMMENT ON COLUMN assisted_face_attempts.outcome IS 'started, succeeded (liveness and match passed), failed, or abandoned (the clerk started another).';
COMMENT ON COLUMN assisted_face_attempts.reasons IS 'Machine-readable reason codes behind a failure (e.g. too_dark, no_match); never images or embeddings.';
COMMENT ON COLUMN assisted_face_attempts.match_score IS 'Face similarity to the reference photo; null when no face could be compared.';
COMMENT ON COLUMN assisted_face_attempts.certification_id IS 'The certification this attempt produced; null for failures and for a pass that arrived after someone else certified the person.';

CREATE INDEX assisted_face_attempts_pensioner_idx ON assisted_face_attempts (pensioner_id, campaign_id);
CREATE INDEX assisted_face_attempts_staff_idx ON assisted_face_attempts (staff_id, issued_at);
