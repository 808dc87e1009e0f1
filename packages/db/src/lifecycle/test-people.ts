import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { CertificationMethod, Channel, InsuranceScheme } from '@lifecert/core';
import { residentIdCheckDigit } from '../synthetic-pensioners.ts';
import type { Campaign, Database } from '../schema.ts';
import { referenceCampaign } from '../test-campaigns.ts';

// Small builders for lifecycle tests: people, campaigns, certifications and an administrator,
// written straight to the tables so a test states only what matters to it.

export type PersonSpec = {
  scheme?: InsuranceScheme;
  benefitsStart?: string;
  benefitStatus?: 'active' | 'suspended' | 'terminated';
  mobile?: string | null;
  bank?: string;
  district?: string;
  monthlyAmountFen?: number | null;
  name?: string;
};

let counter = 0;

/** Inserts a pensioner with a valid, unique resident ID number; returns id and number. */
export const addPerson = async (
  db: Kysely<Database>,
  spec: PersonSpec = {},
): Promise<{ id: string; idNumber: string }> => {
  counter += 1;
  const first17 = `41030219450101${String(counter % 1000).padStart(3, '0')}`;
  // Birth dates vary with the counter so numbers stay unique past 1000 people.
  const day = String(1 + (Math.floor(counter / 1000) % 28)).padStart(2, '0');
  const body = `${first17.slice(0, 12)}${day}${first17.slice(14)}`;
  const idNumber = `${body}${residentIdCheckDigit(body)}`;
  const { rows } = await sql<{ id: string }>`
    insert into pensioners (id_type, id_number, name, category, scheme, district_code,
      paying_bank_code, bank_account_ref, benefits_start, residence, mobile, benefit_status,
      row_hash, monthly_amount_fen)
    values ('resident_id', ${idNumber}, ${spec.name ?? `测试${counter}`}, 'enterprise_retiree',
      ${spec.scheme ?? 'enterprise_employee'}, ${spec.district ?? '410302'}, ${spec.bank ?? 'ICBC'},
      ${`****${String(counter).padStart(4, '0')}`}, ${spec.benefitsStart ?? '2010-05-01'}, 'local',
      ${spec.mobile === undefined ? '13800000000' : spec.mobile}, ${spec.benefitStatus ?? 'active'},
      'test', ${spec.monthlyAmountFen === undefined ? 300_000 : spec.monthlyAmountFen})
    returning id`.execute(db);
  return { id: rows[0]!.id, idNumber };
};

/** The 2018 reference campaign: window 1 July - 31 October, cut-off end of 2017. */
export const addCampaign2018 = async (db: Kysely<Database>): Promise<Campaign> =>
  db
    .insertInto('campaigns')
    .values({ ...referenceCampaign(2018), status: 'open' })
    .returningAll()
    .executeTakeFirstOrThrow();

export const certify = async (
  db: Kysely<Database>,
  c: {
    pensionerId: string;
    campaignId: string;
    atMs: number;
    channel?: Channel;
    method?: CertificationMethod;
  },
): Promise<string> => {
  const row = await db
    .insertInto('certifications')
    .values({
      pensioner_id: c.pensionerId,
      campaign_id: c.campaignId,
      channel: c.channel ?? 'counter',
      method: c.method ?? 'id_check',
      certified_at: new Date(c.atMs),
      certificate_no: randomUUID(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
};

/** An agency and one staff account with `role`; returns the account id. */
export const addStaff = async (
  db: Kysely<Database>,
  role: 'admin' | 'reviewer' = 'admin',
): Promise<string> => {
  const org = await db
    .insertInto('organisations')
    .values({ kind: 'agency', code: `AG-${randomUUID()}`, name_zh: '社保局', name_en: 'Agency' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const staff = await db
    .insertInto('staff_accounts')
    .values({
      organisation_id: org.id,
      username: `u${randomUUID().slice(0, 12)}`,
      password_hash: 'x',
      role,
      display_name: role,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return staff.id;
};
