import { sql, type Kysely } from 'kysely';
import {
  bankFileCsv,
  bankFileFixedWidth,
  bankFileTotals,
  shanghaiDate,
  type BankFileItem,
  type BankFileTotals,
} from '@lifecert/core';
import type { Database } from '../schema.ts';
import { getBatch } from './batches-repo.ts';

export type BankFile = {
  bankCode: string;
  /** base name without extension, e.g. SUSP-2018-ICBC-1a2b3c4d */
  name: string;
  csv: string;
  /** text to encode as GBK */
  fixedWidth: string;
  totals: BankFileTotals;
};

/**
 * One file pair per paying bank for a committed batch. Drafts have none: a bank must never act
 * on a list an administrator has not committed.
 */
export const batchBankFiles = async (
  db: Kysely<Database>,
  batchId: string,
): Promise<BankFile[] | null> => {
  const batch = await getBatch(db, batchId);
  if (batch?.state !== 'committed' || batch.committedAtMs === null) return null;
  const { rows } = await sql<{
    bank: string;
    id_number: string;
    name: string;
    account: string | null;
    district_code: string;
    monthly: number;
    arrears: number;
    amount: number;
  }>`
    select coalesce(i.paying_bank_code, 'NONE') as bank, p.id_number, p.name,
      p.bank_account_ref as account, i.district_code, i.monthly_amount_fen::float8 as monthly,
      i.arrears_months as arrears, i.amount_fen::float8 as amount
    from payment_batch_items i join pensioners p on p.id = i.pensioner_id
    where i.batch_id = ${batchId} and i.excluded_reason is null
    order by 1, p.id_number`.execute(db);
  const byBank = new Map<string, BankFileItem[]>();
  for (const r of rows) {
    const list = byBank.get(r.bank) ?? [];
    list.push({
      idNumber: r.id_number,
      name: r.name,
      accountRef: r.account ?? '',
      districtCode: r.district_code,
      monthlyAmountFen: r.monthly,
      arrearsMonths: r.arrears,
      amountFen: r.amount,
    });
    byBank.set(r.bank, list);
  }
  const prefix = batch.kind === 'suspension' ? 'SUSP' : 'RESM';
  return [...byBank].map(([bankCode, items]) => {
    const header = {
      kind: batch.kind,
      batchId,
      bankCode,
      campaignYear: batch.campaignYear,
      createdOn: shanghaiDate(batch.committedAtMs!),
    };
    return {
      bankCode,
      name: `${prefix}-${batch.campaignYear}-${bankCode}-${batchId.slice(0, 8)}`,
      csv: bankFileCsv(header, items),
      fixedWidth: bankFileFixedWidth(header, items),
      totals: bankFileTotals(items),
    };
  });
};
