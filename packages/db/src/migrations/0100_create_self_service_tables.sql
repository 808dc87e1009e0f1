-- Self-service certification: one-time challenges, failed logins, certificate photos and staff
-- reopenings. All of it lives here rather than in server memory so several instances can share
-- one database.

ALTER TABLE self_service_attempts
  ADD COLUMN challenge_hash text,
  ADD COLUMN actions jsonb NOT NULL DEFAULT '[]'::jsonb,
  ADD COLUMN expires_at timestamptz,
  ADD COLUMN consumed_at timestamptz,
  ADD COLUMN match_score double precision;

COMMENT ON COLUMN self_service_attempts.challenge_hash IS 'sha256 (hex) of the one-time challenge token handed to the app; the token itself is never stored.';
COMMENT ON COLUMN self_service_attempts.actions IS 'The challenge actions in the order asked (nod, shake, mouth, blink, gaze), as a JSON array.';
COMMENT ON COLUMN self_service_attempts.expires_at IS 'After this instant the challenge accepts no recording.';
COMMENT ON COLUMN self_service_attempts.consumed_at IS 'When a recording was accepted for judgement; set once, so a challenge is judged at most once.';
COMMENT ON COLUMN self_service_attempts.match_score IS 'Face similarity of the recording to the reference photo; null when none could be computed.';

CREATE UNIQUE INDEX self_service_attempts_challenge_idx ON self_service_attempts (challenge_hash)
  WHERE challenge_hash IS NOT NULL;

CREATE TABLE login_failures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  subject_key text NOT NULL,
  client_key text NOT NULL,
  at timestamptz NOT NULL
);

COMMENT ON TABLE login_failures IS 'Pensioner logins not (yet) known to have succeeded, kept 15 minutes for lockout; rows of a person are removed when they log in. Not in the audit chain, so a flood of bad logins cannot queue behind its lock.';
COMMENT ON COLUMN login_failures.id IS 'Surrogate key.';
COMMENT ON COLUMN login_failures.subject_key IS 'sha256 (hex) of the normalised ID number typed, whether or not such a person exists, so the lock reveals nothing.';
COMMENT ON COLUMN login_failures.client_key IS 'The client address the login came from.';
COMMENT ON COLUMN login_failures.at IS 'When the login was attempted.';

CREATE INDEX login_failures_subject_idx ON login_failures (subject_key, at);
CREATE INDEX login_failures_client_idx ON login_failures (client_key, at);

CREATE TABLE certification_photos (
  certification_id uuid PRIMARY KEY REFERENCES certifications (id),
  jpeg bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE certification_photos IS 'The one frame kept from a successful self-service recording (the best for matching), shown to the person as their certification photo; every other frame is discarded after judgement.';
COMMENT ON COLUMN certification_photos.certification_id IS 'The certification the photo belongs to.';
COMMENT ON COLUMN certification_photos.jpeg IS 'The frame as sent by the app, JPEG. Biometric data: never log or export it.';
COMMENT ON COLUMN certification_photos.created_at IS 'When the photo was stored.';

CREATE TABLE self_service_reopenings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  reopened_by uuid NOT NULL REFERENCES staff_accounts (id),
  reopened_at timestamptz NOT NULL
);

COMMENT ON TABLE self_service_reopenings IS 'Staff decisions to give a person fresh self-service attempts in a campaign after the attempt limit closed it; failures before the latest reopening no longer count.';
COMMENT ON COLUMN self_service_reopenings.id IS 'Surrogate key.';
COMMENT ON COLUMN self_service_reopenings.pensioner_id IS 'Whose self-service was reopened.';
COMMENT ON COLUMN self_service_reopenings.campaign_id IS 'The campaign it was reopened in.';
COMMENT ON COLUMN self_service_reopenings.reopened_by IS 'Staff account that decided it.';
COMMENT ON COLUMN self_service_reopenings.reopened_at IS 'When it was reopened.';

CREATE INDEX self_service_reopenings_idx ON self_service_reopenings (pensioner_id, campaign_id, reopened_at DESC);
