-- The chain itself proves integrity; a unique index on 64 random hex characters only slowed bulk
-- appends (one entry per imported pensioner). The hash layout is also spelled out precisely.

ALTER TABLE audit_log DROP CONSTRAINT audit_log_hash_key;

COMMENT ON COLUMN audit_log.hash IS 'sha256 (hex) of prev_hash, then the JSON array [at (ISO 8601), actor_kind, actor_id, channel, action, entity, entity_id], then the canonical (key-sorted) JSON of details.';
