-- Suspension and resumption SMS notices are tied to the status change they announce, so a
-- change is announced at most once whatever retries or instances do; and indexes that let the
-- retention purge find old rows without scanning whole tables.

ALTER TABLE sms_notices ADD COLUMN status_change_id bigint REFERENCES benefit_status_changes (id);

COMMENT ON COLUMN sms_notices.status_change_id IS 'For suspension and resumption notices: the status change announced; unique, so a change is announced at most once. Null for reminders.';

CREATE UNIQUE INDEX sms_notices_status_change_idx ON sms_notices (status_change_id)
  WHERE status_change_id IS NOT NULL;

CREATE INDEX certification_photos_created_idx ON certification_photos (created_at);
CREATE INDEX self_service_attempts_started_idx ON self_service_attempts (started_at);
CREATE INDEX self_service_attempts_expires_idx ON self_service_attempts (expires_at)
  WHERE challenge_hash IS NOT NULL;
CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE state IN ('done', 'failed');
CREATE INDEX benefit_status_changes_at_idx ON benefit_status_changes (at);
