-- A face attempt whose recording reached the server but which the face engine could not judge
-- (a worker crashed, the engine was shutting down) ends as 'not_judged': its one-time challenge is
-- spent, but it is neither a success nor a failure, so it never counts towards the person's
-- self-service attempt limit.

ALTER TABLE self_service_attempts DROP CONSTRAINT self_service_attempts_outcome_check;
ALTER TABLE self_service_attempts ADD CONSTRAINT self_service_attempts_outcome_check
  CHECK (outcome IN ('started', 'succeeded', 'failed', 'abandoned', 'not_judged'));
COMMENT ON COLUMN self_service_attempts.outcome IS 'started, succeeded, failed, abandoned, or not_judged (the face engine failed on the recording; not counted as a failed attempt).';

ALTER TABLE assisted_face_attempts DROP CONSTRAINT assisted_face_attempts_outcome_check;
ALTER TABLE assisted_face_attempts ADD CONSTRAINT assisted_face_attempts_outcome_check
  CHECK (outcome IN ('started', 'succeeded', 'failed', 'abandoned', 'not_judged'));
COMMENT ON COLUMN assisted_face_attempts.outcome IS 'started, succeeded (liveness and match passed), failed, abandoned (the clerk started another), or not_judged (the face engine failed on the recording).';
