-- Append-only, hash-chained audit log of every state change.

CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'pensioner', 'system')),
  actor_id text,
  channel text,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);

COMMENT ON TABLE audit_log IS 'Who changed what, when and through which channel. Each row is chained to the previous one by hash so that editing or removing a row is detectable; a trigger refuses UPDATE, DELETE and TRUNCATE.';
COMMENT ON COLUMN audit_log.seq IS 'Position in the chain; increasing, may have gaps left by rolled-back transactions.';
COMMENT ON COLUMN audit_log.at IS 'When the change happened (millisecond precision, part of the hash).';
COMMENT ON COLUMN audit_log.actor_kind IS 'staff, pensioner or system (imports, scheduled jobs).';
COMMENT ON COLUMN audit_log.actor_id IS 'Id of the staff account or pensioner, or the name of the system job.';
COMMENT ON COLUMN audit_log.channel IS 'Certification channel or other entry point (cli, api) the change came through; null when not applicable.';
COMMENT ON COLUMN audit_log.action IS 'What happened, as dotted verb (e.g. certification.recorded, pensioners.imported).';
COMMENT ON COLUMN audit_log.entity IS 'Kind of the changed thing (table or aggregate name).';
COMMENT ON COLUMN audit_log.entity_id IS 'Id of the changed thing; surrogate ids only, never an ID number.';
COMMENT ON COLUMN audit_log.details IS 'Context of the change as JSON; never ID numbers, phone numbers, photos or embeddings.';
COMMENT ON COLUMN audit_log.prev_hash IS 'hash of the previous row (64 zeros for the first row).';
COMMENT ON COLUMN audit_log.hash IS 'sha256 (hex) of prev_hash followed by the canonical JSON of this row''s content.';

CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;

COMMENT ON FUNCTION audit_log_refuse_change() IS 'Raises on any attempt to rewrite the audit log.';

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
