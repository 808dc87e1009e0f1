import type {
  BenefitStatus,
  CertificationMethod,
  Channel,
  IdDocumentType,
  InsuranceScheme,
  OrganisationKind,
  PensionerCategory,
  Residence,
  StaffRole,
} from '@lifecert/core';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Timestamps come back as Date on both engines and may be written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp column with a database default. */
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns travel as 'YYYY-MM-DD' strings in both directions on both engines. */
export type DateOnly = string;

/** Lifecycle of a campaign (not a person's status in it, which core computes). */
export type CampaignState = 'draft' | 'open' | 'closed';
export type AttemptOutcome = 'started' | 'succeeded' | 'failed' | 'abandoned' | 'not_judged';
export type SubjectKind = 'pensioner' | 'staff';
export type ActorKind = 'staff' | 'pensioner' | 'system';

export type OrganisationsTable = {
  id: Generated<string>;
  kind: OrganisationKind;
  parent_id: string | null;
  code: string;
  name_zh: string;
  name_en: string;
  district_code: string | null;
  created_at: GeneratedTimestamp;
};

export type StaffAccountsTable = {
  id: Generated<string>;
  organisation_id: string;
  username: string;
  password_hash: string;
  role: StaffRole;
  display_name: string;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
};

export type PensionersTable = {
  id: Generated<string>;
  id_type: IdDocumentType;
  id_number: string;
  name: string;
  category: PensionerCategory;
  scheme: InsuranceScheme;
  district_code: string;
  paying_bank_code: string | null;
  bank_account_ref: string | null;
  employer_org_id: string | null;
  benefits_start: DateOnly;
  residence: Residence;
  residence_region: string | null;
  contact_name: string | null;
  mobile: string | null;
  address: string | null;
  benefit_status: BenefitStatus;
  password_hash: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  row_hash: string;
};

export type ReferencePhotosTable = {
  id: Generated<string>;
  pensioner_id: string;
  jpeg: Uint8Array;
  embedding: Uint8Array | null;
  model: string | null;
  enrolled_at: GeneratedTimestamp;
  enrolled_by: string | null;
  approved_by: string | null;
  active: Generated<boolean>;
};

export type CampaignsTable = {
  id: Generated<string>;
  year: number;
  window_start: DateOnly;
  window_end: DateOnly;
  cutoff_date: DateOnly;
  exemption_date: DateOnly;
  status: Generated<CampaignState>;
  created_at: GeneratedTimestamp;
};

export type CertificationsTable = {
  id: Generated<string>;
  pensioner_id: string;
  campaign_id: string;
  channel: Channel;
  method: CertificationMethod;
  operator_id: string | null;
  certified_at: Timestamp;
  certificate_no: string;
  match_score: number | null;
  created_at: GeneratedTimestamp;
};

export type SelfServiceAttemptsTable = {
  id: Generated<string>;
  pensioner_id: string;
  campaign_id: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  outcome: Generated<AttemptOutcome>;
  /** Written as JSON text: pg would turn a JS array into a SQL array. */
  reasons: ColumnType<string[], string | undefined, string>;
};

export type SessionsTable = {
  token_hash: string;
  subject_kind: SubjectKind;
  subject_id: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
};

export type AuditLogTable = {
  seq: Generated<number>;
  at: Timestamp;
  actor_kind: ActorKind;
  actor_id: string | null;
  channel: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  /** Written as JSON text, read back as an object. */
  details: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
};

export type SchemaMigrationsTable = {
  name: string;
  sha256: string;
  applied_at: GeneratedTimestamp;
};

export type Database = {
  organisations: OrganisationsTable;
  staff_accounts: StaffAccountsTable;
  pensioners: PensionersTable;
  reference_photos: ReferencePhotosTable;
  campaigns: CampaignsTable;
  certifications: CertificationsTable;
  self_service_attempts: SelfServiceAttemptsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationsTable;
};

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type StaffAccount = Selectable<StaffAccountsTable>;
export type NewStaffAccount = Insertable<StaffAccountsTable>;
export type Pensioner = Selectable<PensionersTable>;
export type Campaign = Selectable<CampaignsTable>;
export type NewCampaign = Insertable<CampaignsTable>;
export type Certification = Selectable<CertificationsTable>;
export type NewCertification = Insertable<CertificationsTable>;
export type Session = Selectable<SessionsTable>;
export type AuditRow = Selectable<AuditLogTable>;
