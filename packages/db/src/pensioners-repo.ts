import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type {
  BenefitStatus,
  IdDocumentType,
  InsuranceScheme,
  PensionerCategory,
  Residence,
} from '@lifecert/core';
import { orderedUuid } from './ordered-uuid.ts';
import type { Database, Pensioner } from './schema.ts';

/** One validated source row; the fields an import owns. */
export type PensionerImportRow = {
  idType: IdDocumentType;
  idNumber: string;
  name: string;
  category: PensionerCategory;
  scheme: InsuranceScheme;
  districtCode: string;
  payingBankCode: string | null;
  bankAccountRef: string | null;
  employerOrgId: string | null;
  /** 'YYYY-MM-DD' */
  benefitsStart: string;
  residence: Residence;
  residenceRegion: string | null;
  contactName: string | null;
  mobile: string | null;
  address: string | null;
  benefitStatus: BenefitStatus;
};

export type UpsertResult = { inserted: number; updated: number; unchanged: number };

export type ChangedPensioner = { id: string; inserted: boolean };

export class DuplicateIdNumberError extends Error {
  override name = 'DuplicateIdNumberError';
  /** Positions (0-based) of the rows repeating an earlier row's ID number; never the numbers. */
  constructor(readonly rowIndexes: number[]) {
    super(`${rowIndexes.length} row(s) repeat an ID number of an earlier row`);
  }
}

/**
 * A database error from writing pensioners, stripped of PostgreSQL's `detail`, which quotes the
 * offending row (ID number, mobile) and would otherwise reach logs. Code and constraint remain.
 */
export class PensionerWriteError extends Error {
  override name = 'PensionerWriteError';
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(message);
  }
}

const redacted = (error: unknown): Error => {
  const e = error as { message?: unknown; code?: unknown; constraint?: unknown };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return new PensionerWriteError(
    `writing pensioners failed: ${text(e.message) ?? 'unknown error'}`,
    text(e.code),
    text(e.constraint),
  );
};

/**
 * sha256 of the imported fields in a fixed order. Local edits (contact details, password) do not
 * change it, so re-importing the same source row leaves those edits alone.
 */
export const pensionerRowHash = (r: PensionerImportRow): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        r.idType,
        r.idNumber,
        r.name,
        r.category,
        r.scheme,
        r.districtCode,
        r.payingBankCode,
        r.bankAccountRef,
        r.employerOrgId,
        r.benefitsStart,
        r.residence,
        r.residenceRegion,
        r.contactName,
        r.mobile,
        r.address,
        r.benefitStatus,
      ]),
    )
    .digest('hex');

const toColumns = (r: PensionerImportRow) => ({
  id_type: r.idType,
  id_number: r.idNumber,
  name: r.name,
  category: r.category,
  scheme: r.scheme,
  district_code: r.districtCode,
  paying_bank_code: r.payingBankCode,
  bank_account_ref: r.bankAccountRef,
  employer_org_id: r.employerOrgId,
  benefits_start: r.benefitsStart,
  residence: r.residence,
  residence_region: r.residenceRegion,
  contact_name: r.contactName,
  mobile: r.mobile,
  address: r.address,
  benefit_status: r.benefitStatus,
  row_hash: pensionerRowHash(r),
});

const IMPORTED_COLUMNS = [
  'id_type',
  'name',
  'category',
  'scheme',
  'district_code',
  'paying_bank_code',
  'bank_account_ref',
  'employer_org_id',
  'benefits_start',
  'residence',
  'residence_region',
  'contact_name',
  'mobile',
  'address',
  'benefit_status',
  'row_hash',
] as const;

export const DEFAULT_UPSERT_BATCH = 5000;

/**
 * Inserts new pensioners and updates those whose imported fields changed, matching on ID number.
 * Rows whose row_hash is unchanged are not written at all (updated_at stays). Run it inside a
 * transaction so a failure part-way leaves nothing behind.
 */
export const upsertPensioners = async (
  db: Kysely<Database>,
  rows: readonly PensionerImportRow[],
  opts: { batchSize?: number; onChanged?: (changed: ChangedPensioner[]) => void } = {},
): Promise<UpsertResult> => {
  assertUniqueIdNumbers(rows);
  const batchSize = opts.batchSize ?? DEFAULT_UPSERT_BATCH;
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const changed = await upsertBatch(db, batch).catch((error: unknown) => {
      throw redacted(error);
    });
    const batchInserted = changed.filter((c) => c.inserted).length;
    inserted += batchInserted;
    updated += changed.length - batchInserted;
    if (changed.length > 0) opts.onChanged?.(changed);
  }
  return { inserted, updated, unchanged: rows.length - inserted - updated };
};

const COLUMN_TYPES = {
  id: 'uuid',
  id_type: 'text',
  id_number: 'text',
  name: 'text',
  category: 'text',
  scheme: 'text',
  district_code: 'text',
  paying_bank_code: 'text',
  bank_account_ref: 'text',
  employer_org_id: 'uuid',
  benefits_start: 'date',
  residence: 'text',
  residence_region: 'text',
  contact_name: 'text',
  mobile: 'text',
  address: 'text',
  benefit_status: 'text',
  row_hash: 'text',
} as const;
type ColumnName = keyof typeof COLUMN_TYPES;
const COLUMN_NAMES = Object.keys(COLUMN_TYPES) as ColumnName[];

// Which rows of a batch are new or changed, by position. Only two short columns travel, so a
// re-import of an unchanged file costs index probes and nothing else; and unchanged rows never
// reach ON CONFLICT, which would lock (and so rewrite) them even when its WHERE says no.
const changedPositions = async (
  db: Kysely<Database>,
  idNumbers: string[],
  hashes: string[],
): Promise<number[]> => {
  const { rows } = await sql<{ n: number }>`
    select i.n::int4 as n
    from unnest(${idNumbers}::text[], ${hashes}::text[]) with ordinality as i (id_number, row_hash, n)
    -- A correlated scalar subquery is one unique-index probe per row. NOT EXISTS let the planner
    -- pick a hash anti-join that read the whole table once per batch (quadratic in a big import).
    where (select p.row_hash from pensioners p where p.id_number = i.id_number)
      is distinct from i.row_hash`.execute(db);
  return rows.map((r) => r.n - 1);
};

// One array parameter per column: the statement text stays the same whatever the batch size, so
// parsing costs nothing and the 65,535-parameter limit never applies.
const upsertBatch = async (db: Kysely<Database>, batch: readonly PensionerImportRow[]) => {
  const all = batch.map(toColumns);
  const positions = await changedPositions(
    db,
    all.map((r) => r.id_number),
    all.map((r) => r.row_hash),
  );
  if (positions.length === 0) return [];
  // Time-ordered ids keep inserts at the right edge of the id indexes; an updated row keeps its id.
  const withIds = positions.map((i) => ({ ...all[i]!, id: orderedUuid() }));
  const columns = Object.fromEntries(
    COLUMN_NAMES.map((c) => [c, withIds.map((r) => r[c])]),
  ) as Record<ColumnName, unknown[]>;
  const { rows } = await sql<{ id: string; inserted: boolean }>`
    insert into pensioners (${sql.join(COLUMN_NAMES.map((c) => sql.ref(c)))})
    select * from unnest(${sql.join(
      COLUMN_NAMES.map((c) => sql`${columns[c]}::${sql.raw(COLUMN_TYPES[c])}[]`),
    )})
    on conflict (id_number) do update set
      ${sql.join(IMPORTED_COLUMNS.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))},
      updated_at = now()
    -- Still checked here: a concurrent import may have written the same data meanwhile.
    where pensioners.row_hash is distinct from excluded.row_hash
    -- xmax is 0 only for a freshly inserted row version.
    returning id, (xmax = 0) as inserted`.execute(db);
  return rows;
};

const assertUniqueIdNumbers = (rows: readonly PensionerImportRow[]) => {
  const seen = new Set<string>();
  const repeats: number[] = [];
  rows.forEach((r, i) => {
    if (seen.has(r.idNumber)) repeats.push(i);
    else seen.add(r.idNumber);
  });
  if (repeats.length > 0) throw new DuplicateIdNumberError(repeats);
};

export const getPensionerById = (
  db: Kysely<Database>,
  id: string,
): Promise<Pensioner | undefined> =>
  db.selectFrom('pensioners').selectAll().where('id', '=', id).executeTakeFirst();

export const getPensionerByIdNumber = (
  db: Kysely<Database>,
  idNumber: string,
): Promise<Pensioner | undefined> =>
  db.selectFrom('pensioners').selectAll().where('id_number', '=', idNumber).executeTakeFirst();

export type PensionerSearch = {
  /** Exact ID number. */
  idNumber?: string;
  /** Name prefix. */
  name?: string;
  districtCode?: string;
  employerOrgId?: string;
  benefitStatus?: BenefitStatus;
  /** Keyset cursor: the last id of the previous page. */
  afterId?: string;
  limit?: number;
};

export const searchPensioners = (
  db: Kysely<Database>,
  q: PensionerSearch,
): Promise<Pensioner[]> => {
  let query = db.selectFrom('pensioners').selectAll();
  if (q.idNumber !== undefined) query = query.where('id_number', '=', q.idNumber);
  if (q.name !== undefined) query = query.where('name', 'like', `${escapeLike(q.name)}%`);
  if (q.districtCode !== undefined) query = query.where('district_code', '=', q.districtCode);
  if (q.employerOrgId !== undefined) query = query.where('employer_org_id', '=', q.employerOrgId);
  if (q.benefitStatus !== undefined) query = query.where('benefit_status', '=', q.benefitStatus);
  if (q.afterId !== undefined) query = query.where('id', '>', q.afterId);
  return query
    .orderBy('id')
    .limit(Math.min(q.limit ?? 50, 500))
    .execute();
};

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export type ContactUpdate = {
  contactName: string | null;
  mobile: string | null;
  address: string | null;
};

/** The pensioner's own contact details (entered before self-service); row_hash is left alone. */
export const updatePensionerContact = async (
  db: Kysely<Database>,
  id: string,
  c: ContactUpdate,
): Promise<boolean> => {
  const r = await db
    .updateTable('pensioners')
    .set({
      contact_name: c.contactName,
      mobile: c.mobile,
      address: c.address,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

export const setPensionerPassword = async (
  db: Kysely<Database>,
  id: string,
  passwordHash: string | null,
): Promise<boolean> => {
  const r = await db
    .updateTable('pensioners')
    .set({ password_hash: passwordHash, updated_at: sql`now()` })
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

export const setBenefitStatus = async (
  db: Kysely<Database>,
  id: string,
  status: BenefitStatus,
): Promise<boolean> => {
  const r = await db
    .updateTable('pensioners')
    .set({ benefit_status: status, updated_at: sql`now()` })
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};
