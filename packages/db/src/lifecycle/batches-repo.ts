import { sql, type Kysely, type Transaction } from 'kysely';
import type { BatchKind } from '@lifecert/core';
import type { Database } from '../schema.ts';

export type BatchState = 'draft' | 'committed' | 'cancelled';

export type PaymentBatch = {
  id: string;
  kind: BatchKind;
  campaignId: string;
  campaignYear: number;
  state: BatchState;
  asOfMs: number;
  committedAtMs: number | null;
};

export type BatchItemInsert = {
  pensionerId: string;
  districtCode: string;
  payingBankCode: string | null;
  category: string;
  monthlyAmountFen: number;
  arrearsMonths: number;
  amountFen: number;
};

const at = (ms: number) => new Date(ms).toISOString();

export const insertBatch = async (
  db: Kysely<Database> | Transaction<Database>,
  b: { id: string; kind: BatchKind; campaignId: string; asOfMs: number },
): Promise<void> => {
  await sql`
    insert into payment_batches (id, kind, campaign_id, as_of, created_at)
    values (${b.id}, ${b.kind}, ${b.campaignId}, ${at(b.asOfMs)}, ${at(b.asOfMs)})`.execute(db);
};

/** Column arrays through unnest: one statement per few thousand items instead of one per item. */
export const insertBatchItems = async (
  db: Kysely<Database> | Transaction<Database>,
  batchId: string,
  items: readonly BatchItemInsert[],
): Promise<void> => {
  for (let i = 0; i < items.length; i += 10_000) {
    const chunk = items.slice(i, i + 10_000);
    await sql`
      insert into payment_batch_items (batch_id, pensioner_id, district_code, paying_bank_code,
        category, monthly_amount_fen, arrears_months, amount_fen)
      select ${batchId}, * from unnest(
        ${chunk.map((c) => c.pensionerId)}::uuid[],
        ${chunk.map((c) => c.districtCode)}::text[],
        ${chunk.map((c) => c.payingBankCode)}::text[],
        ${chunk.map((c) => c.category)}::text[],
        ${chunk.map((c) => c.monthlyAmountFen)}::bigint[],
        ${chunk.map((c) => c.arrearsMonths)}::int[],
        ${chunk.map((c) => c.amountFen)}::bigint[])`.execute(db);
  }
};

type BatchRow = {
  id: string;
  kind: BatchKind;
  campaign_id: string;
  year: number;
  state: BatchState;
  as_of_ms: number;
  committed_at_ms: number | null;
};

const toBatch = (r: BatchRow): PaymentBatch => ({
  id: r.id,
  kind: r.kind,
  campaignId: r.campaign_id,
  campaignYear: r.year,
  state: r.state,
  asOfMs: r.as_of_ms,
  committedAtMs: r.committed_at_ms,
});

/** `forUpdate` inside a transaction serialises two administrators committing the same batch. */
export const getBatch = async (
  db: Kysely<Database> | Transaction<Database>,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PaymentBatch | undefined> => {
  const { rows } = await sql<BatchRow>`
    select b.id, b.kind, b.campaign_id, c.year, b.state,
      (extract(epoch from b.as_of) * 1000)::float8 as as_of_ms,
      (extract(epoch from b.committed_at) * 1000)::float8 as committed_at_ms
    from payment_batches b join campaigns c on c.id = b.campaign_id
    where b.id = ${id}
    ${opts.forUpdate ? sql`for update of b` : sql``}`.execute(db);
  return rows[0] ? toBatch(rows[0]) : undefined;
};

export type BatchItem = BatchItemInsert & { excludedReason: string | null };

export const batchItems = async (
  db: Kysely<Database> | Transaction<Database>,
  batchId: string,
): Promise<BatchItem[]> => {
  const { rows } = await sql<{
    pensioner_id: string;
    district_code: string;
    paying_bank_code: string | null;
    category: string;
    monthly_amount_fen: number;
    arrears_months: number;
    amount_fen: number;
    excluded_reason: string | null;
  }>`
    select pensioner_id, district_code, paying_bank_code, category,
      monthly_amount_fen::float8 as monthly_amount_fen, arrears_months,
      amount_fen::float8 as amount_fen, excluded_reason
    from payment_batch_items where batch_id = ${batchId}
    order by paying_bank_code, district_code, pensioner_id`.execute(db);
  return rows.map((r) => ({
    pensionerId: r.pensioner_id,
    districtCode: r.district_code,
    payingBankCode: r.paying_bank_code,
    category: r.category,
    monthlyAmountFen: r.monthly_amount_fen,
    arrearsMonths: r.arrears_months,
    amountFen: r.amount_fen,
    excludedReason: r.excluded_reason,
  }));
};

/** Drops items from a draft at review, with the reviewer's reason. Returns how many changed. */
export const excludeBatchItems = async (
  db: Kysely<Database>,
  batchId: string,
  pensionerIds: readonly string[],
  reason: string,
): Promise<number> => {
  const r = await sql`
    update payment_batch_items i set excluded_reason = ${reason}
    from payment_batches b
    where b.id = i.batch_id and b.state = 'draft' and i.batch_id = ${batchId}
      and i.pensioner_id = any(${[...pensionerIds]}::uuid[]) and i.excluded_reason is null`.execute(
    db,
  );
  return Number(r.numAffectedRows ?? 0n);
};

export type Counts = { people: number; amountFen: number };
export type BatchSummary = {
  included: Counts;
  excluded: Record<string, number>;
  byDistrict: Record<string, Counts>;
  byBank: Record<string, Counts>;
  byCategory: Record<string, Counts>;
};

/** What a reviewer looks at before committing: totals by district, bank and category. */
export const summariseBatch = async (
  db: Kysely<Database>,
  batchId: string,
): Promise<BatchSummary> => {
  const { rows } = await sql<{
    district_code: string;
    paying_bank_code: string | null;
    category: string;
    excluded_reason: string | null;
    people: number;
    amount: number;
  }>`
    select district_code, paying_bank_code, category, excluded_reason,
      count(*)::int as people, sum(amount_fen)::float8 as amount
    from payment_batch_items where batch_id = ${batchId}
    group by 1, 2, 3, 4`.execute(db);
  const summary: BatchSummary = {
    included: { people: 0, amountFen: 0 },
    excluded: {},
    byDistrict: {},
    byBank: {},
    byCategory: {},
  };
  const add = (group: Record<string, Counts>, key: string, r: (typeof rows)[number]) => {
    const c = (group[key] ??= { people: 0, amountFen: 0 });
    c.people += r.people;
    c.amountFen += r.amount;
  };
  for (const r of rows) {
    if (r.excluded_reason !== null) {
      summary.excluded[r.excluded_reason] = (summary.excluded[r.excluded_reason] ?? 0) + r.people;
      continue;
    }
    summary.included.people += r.people;
    summary.included.amountFen += r.amount;
    add(summary.byDistrict, r.district_code, r);
    add(summary.byBank, r.paying_bank_code ?? 'none', r);
    add(summary.byCategory, r.category, r);
  }
  return summary;
};
