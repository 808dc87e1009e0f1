-- Staff-assisted certifications by an in-person check of the ID card, recorded when the face check
-- cannot work. The certification itself lives in certifications (method id_check); this table
-- keeps the reason apart so reports can count and review these exceptions.

CREATE TABLE assisted_id_checks (
  certification_id uuid PRIMARY KEY REFERENCES certifications (id),
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 4 AND 200),
  recorded_by uuid NOT NULL REFERENCES staff_accounts (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id)
);

COMMENT ON TABLE assisted_id_checks IS 'Why staff certified a person by looking at them and their ID card instead of a face check; one row per such certification.';
COMMENT ON COLUMN assisted_id_checks.certification_id IS 'The certification (method id_check) this explains.';
COMMENT ON COLUMN assisted_id_checks.reason IS 'Free text from the clerk on why the face check could not work (4-200 characters). Must not contain ID or phone numbers.';
COMMENT ON COLUMN assisted_id_checks.recorded_by IS 'Staff account that saw the person and the ID card.';
COMMENT ON COLUMN assisted_id_checks.organisation_id IS 'Organisation the clerk acted for (counter, employer or bank branch), kept as it was at the time.';

CREATE INDEX assisted_id_checks_organisation_idx ON assisted_id_checks (organisation_id);
