import type { CampaignRules, CampaignStatus, PensionerScope } from '@lifecert/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import {
  campaignPeopleCtes,
  withReportMemory,
  type PeopleFilter,
  type ReportCampaign,
} from './campaign-people.ts';

/** Statuses of people outreach should still reach. */
export const OUTREACH_STATUSES = ['pending', 'overdue', 'suspended'] as const;
export type OutreachStatus = (typeof OUTREACH_STATUSES)[number] & CampaignStatus;

export type PendingRow = {
  pensionerId: string;
  name: string;
  idNumber: string;
  districtCode: string;
  category: string;
  residence: string;
  status: OutreachStatus;
  contactName: string | null;
  mobile: string | null;
  address: string | null;
};

export type PendingQuery = PeopleFilter & {
  /** default: pending and overdue (suspended people are reached by the suspension notice) */
  statuses?: readonly OutreachStatus[];
  limit: number;
  offset: number;
};

/**
 * One page of the people in the scope who still have to certify, by district, name and id, with
 * the total the filters match (one scan: a window count over the same rows).
 */
export const pendingPeople = async (
  db: Kysely<Database>,
  campaign: ReportCampaign,
  rules: CampaignRules,
  nowMs: number,
  scope: PensionerScope,
  q: PendingQuery,
): Promise<{ total: number; rows: PendingRow[] }> => {
  const statuses = q.statuses?.length ? q.statuses : (['pending', 'overdue'] as const);
  const extra = sql`, p.name, p.id_number, p.contact_name, p.mobile, p.address`;
  const { rows } = await withReportMemory(db, (trx) =>
    sql<PendingRow & { total: number }>`
    with ${campaignPeopleCtes(campaign, rules, nowMs, scope, q, extra)}
    select id as "pensionerId", name, id_number as "idNumber", district_code as "districtCode",
      category, residence, status, contact_name as "contactName", mobile, address,
      count(*) over ()::int as total
    from people
    where status in (${sql.join(statuses)})
    order by district_code, name, id
    limit ${q.limit} offset ${q.offset}`.execute(trx),
  );
  if (rows.length === 0 && q.offset > 0) {
    // Past the last page: the window count is gone with the rows, so count separately.
    const { rows: c } = await sql<{ total: number }>`
      with ${campaignPeopleCtes(campaign, rules, nowMs, scope, q)}
      select count(*)::int as total from people where status in (${sql.join(statuses)})`.execute(
      db,
    );
    return { total: Number(c[0]?.total ?? 0), rows: [] };
  }
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map(({ total: _total, ...r }) => r),
  };
};
