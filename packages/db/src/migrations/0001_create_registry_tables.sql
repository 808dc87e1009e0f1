-- Registry: who the agency pays, who works for it, and where.
-- Enumerations are text + CHECK rather than enum types so that adding a value is one ALTER, not a
-- type rewrite, and so that the same statements run on PostgreSQL and PGlite.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('agency', 'counter', 'employer', 'bank_branch', 'courier')),
  parent_id uuid REFERENCES organisations (id),
  code text NOT NULL UNIQUE,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  district_code text,
  created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE organisations IS 'Agencies, service counters, former employers, paying bank branches and the home-visit courier: every body whose staff act on pensioners.';
COMMENT ON COLUMN organisations.id IS 'Surrogate key.';
COMMENT ON COLUMN organisations.kind IS 'What the body is: agency, counter (a window inside an agency), employer, bank_branch or courier.';
COMMENT ON COLUMN organisations.parent_id IS 'The body this one belongs to (a counter belongs to its agency, a branch to its bank); null at the top.';
COMMENT ON COLUMN organisations.code IS 'Stable external code from the jurisdiction profile or the import file (e.g. a window number or bank code).';
COMMENT ON COLUMN organisations.name_zh IS 'Displayed name in Simplified Chinese.';
COMMENT ON COLUMN organisations.name_en IS 'Displayed name in English.';
COMMENT ON COLUMN organisations.district_code IS 'GB/T 2260 code of the district the body serves or sits in; null when city-wide.';
COMMENT ON COLUMN organisations.created_at IS 'When the row was created.';

CREATE INDEX organisations_parent_idx ON organisations (parent_id);

CREATE TABLE staff_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('counter_clerk', 'employer_clerk', 'bank_clerk', 'courier', 'reviewer', 'auditor', 'admin')),
  display_name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE staff_accounts IS 'People who log in to the staff console; each belongs to exactly one organisation and has one role.';
COMMENT ON COLUMN staff_accounts.id IS 'Surrogate key; also the actor id in the audit log.';
COMMENT ON COLUMN staff_accounts.organisation_id IS 'The organisation the account acts for; it bounds what the account may see.';
COMMENT ON COLUMN staff_accounts.username IS 'Login name, unique across the system.';
COMMENT ON COLUMN staff_accounts.password_hash IS 'Self-describing password hash (algorithm and parameters included); never the password.';
COMMENT ON COLUMN staff_accounts.role IS 'What the account may do: counter_clerk, employer_clerk, bank_clerk, courier, reviewer, auditor or admin.';
COMMENT ON COLUMN staff_accounts.display_name IS 'Name shown in the console and on receipts.';
COMMENT ON COLUMN staff_accounts.active IS 'False once the account is disabled; disabled accounts cannot log in but stay for the audit trail.';
COMMENT ON COLUMN staff_accounts.created_at IS 'When the account was created.';

CREATE INDEX staff_accounts_organisation_idx ON staff_accounts (organisation_id);

CREATE TABLE pensioners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  id_type text NOT NULL,
  id_number text NOT NULL UNIQUE,
  name text NOT NULL,
  category text NOT NULL CHECK (category IN ('enterprise_retiree', 'flexible_retiree', 'enterprise_survivor', 'institution_retiree')),
  scheme text NOT NULL,
  district_code text NOT NULL,
  paying_bank_code text,
  bank_account_ref text,
  employer_org_id uuid REFERENCES organisations (id),
  benefits_start date NOT NULL,
  residence text NOT NULL CHECK (residence IN ('local', 'elsewhere', 'abroad')),
  residence_region text,
  contact_name text,
  mobile text,
  address text,
  benefit_status text NOT NULL CHECK (benefit_status IN ('active', 'suspended', 'terminated')),
  password_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  row_hash text NOT NULL
);

COMMENT ON TABLE pensioners IS 'People drawing a monthly pension or survivor allowance from the agency; loaded by import, one row per identity document.';
COMMENT ON COLUMN pensioners.id IS 'Surrogate key; used everywhere instead of the ID number so that logs and URLs never carry it.';
COMMENT ON COLUMN pensioners.id_type IS 'Kind of identity document (resident ID, permits, passport...), as named by the domain core.';
COMMENT ON COLUMN pensioners.id_number IS 'Normalised identity document number (upper-case X); the natural key imports upsert on. Personal data: never log it.';
COMMENT ON COLUMN pensioners.name IS 'Full name as on the identity document.';
COMMENT ON COLUMN pensioners.category IS 'enterprise_retiree, flexible_retiree (flexible employment), enterprise_survivor (living allowance) or institution_retiree.';
COMMENT ON COLUMN pensioners.scheme IS 'Insurance scheme paying the benefit (enterprise employee basic pension or government and public institution pension), as named by the domain core.';
COMMENT ON COLUMN pensioners.district_code IS 'GB/T 2260 code of the district whose agency manages the person.';
COMMENT ON COLUMN pensioners.paying_bank_code IS 'Code of the bank that pays the benefit; null when unknown.';
COMMENT ON COLUMN pensioners.bank_account_ref IS 'Reference to the benefit account at the paying bank (masked or tokenised, not necessarily the full number).';
COMMENT ON COLUMN pensioners.employer_org_id IS 'Former employer whose retiree department may certify the person; null when none.';
COMMENT ON COLUMN pensioners.benefits_start IS 'Date monthly benefits began; decides who must certify in a campaign (before the cut-off date).';
COMMENT ON COLUMN pensioners.residence IS 'local, elsewhere (another place in China) or abroad; decides the channels offered.';
COMMENT ON COLUMN pensioners.residence_region IS 'City, or country or region (including Hong Kong, Macao, Taiwan), when residence is not local.';
COMMENT ON COLUMN pensioners.contact_name IS 'Contact person entered by the pensioner or staff.';
COMMENT ON COLUMN pensioners.mobile IS 'Mobile number of the pensioner or the contact. Personal data: never log it.';
COMMENT ON COLUMN pensioners.address IS 'Detailed postal address.';
COMMENT ON COLUMN pensioners.benefit_status IS 'active, suspended (payment stopped, e.g. for not certifying) or terminated.';
COMMENT ON COLUMN pensioners.password_hash IS 'Hash of a password the pensioner chose; null while the default login rule applies.';
COMMENT ON COLUMN pensioners.created_at IS 'When the row was first imported or created.';
COMMENT ON COLUMN pensioners.updated_at IS 'When an import or an edit last changed the row; untouched when a re-import carries the same data.';
COMMENT ON COLUMN pensioners.row_hash IS 'sha256 of the imported fields as last imported; lets a re-import skip rows whose source did not change.';

CREATE INDEX pensioners_district_idx ON pensioners (district_code);
CREATE INDEX pensioners_employer_idx ON pensioners (employer_org_id) WHERE employer_org_id IS NOT NULL;
CREATE INDEX pensioners_name_idx ON pensioners (name);

CREATE TABLE reference_photos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pensioner_id uuid NOT NULL REFERENCES pensioners (id),
  jpeg bytea NOT NULL,
  embedding bytea,
  model text,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  enrolled_by uuid REFERENCES staff_accounts (id),
  approved_by uuid REFERENCES staff_accounts (id),
  active boolean NOT NULL DEFAULT true,
  CHECK (embedding IS NULL OR model IS NOT NULL)
);

COMMENT ON TABLE reference_photos IS 'Photos that self-service face matching compares against; old photos stay, inactive, for the audit trail.';
COMMENT ON COLUMN reference_photos.id IS 'Surrogate key.';
COMMENT ON COLUMN reference_photos.pensioner_id IS 'Whose face this is.';
COMMENT ON COLUMN reference_photos.jpeg IS 'The photo as JPEG bytes. Biometric data: never log or export it.';
COMMENT ON COLUMN reference_photos.embedding IS 'Face embedding computed from the photo (little-endian float32), null until computed. Biometric data.';
COMMENT ON COLUMN reference_photos.model IS 'Name and version of the model that produced the embedding; embeddings of different models are not comparable.';
COMMENT ON COLUMN reference_photos.enrolled_at IS 'When the photo was taken or uploaded.';
COMMENT ON COLUMN reference_photos.enrolled_by IS 'Staff account that enrolled the photo; null for bulk loads.';
COMMENT ON COLUMN reference_photos.approved_by IS 'Staff account that approved the photo for matching (four-eyes); null until approved.';
COMMENT ON COLUMN reference_photos.active IS 'True for the one photo currently used for matching.';

CREATE UNIQUE INDEX reference_photos_one_active_idx ON reference_photos (pensioner_id) WHERE active;
