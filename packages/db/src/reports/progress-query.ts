import type {
  CampaignRules,
  CampaignStatus,
  CertificationMethod,
  Channel,
  DayCell,
  PensionerScope,
  ProgressCell,
} from '@lifecert/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import {
  campaignPeopleCtes,
  withReportMemory,
  type PeopleFilter,
  type ReportCampaign,
} from './campaign-people.ts';

type Row = {
  by_day: number;
  district_code: string | null;
  category: string | null;
  residence: string | null;
  status: CampaignStatus | null;
  channel: Channel | null;
  method: CertificationMethod | null;
  day: string | null;
  n: number;
};

/**
 * Status counts by district, category and residence (with the counted certification's channel
 * and method) and counted certifications by Shanghai day, from one scan: the two groupings are
 * grouping sets of the same aggregate.
 */
export const campaignProgressCells = async (
  db: Kysely<Database>,
  campaign: ReportCampaign,
  rules: CampaignRules,
  nowMs: number,
  scope: PensionerScope,
  filter: PeopleFilter = {},
): Promise<{ cells: ProgressCell[]; days: DayCell[] }> => {
  const { rows } = await withReportMemory(db, (trx) =>
    sql<Row>`
    with ${campaignPeopleCtes(campaign, rules, nowMs, scope, filter)},
    dated as (
      select people.*,
        case when status = 'certified'
          then to_char(timezone('UTC', certified_at) + interval '8 hours', 'YYYY-MM-DD')
        end as day
      from people
    )
    select grouping(day) as by_day, district_code, category, residence, status, channel, method,
      day, count(*)::int as n
    from dated
    group by grouping sets (
      (district_code, category, residence, status, channel, method),
      (day, channel, method)
    )`.execute(trx),
  );
  const cells: ProgressCell[] = [];
  const days: DayCell[] = [];
  for (const r of rows) {
    if (Number(r.by_day) === 0) {
      // The day set also holds everyone not certified, with no day: not a series point.
      if (r.day !== null && r.channel && r.method) {
        days.push({ day: r.day, channel: r.channel, method: r.method, n: Number(r.n) });
      }
    } else {
      cells.push({
        districtCode: r.district_code!,
        category: r.category!,
        residence: r.residence!,
        status: r.status!,
        channel: r.channel,
        method: r.method,
        n: Number(r.n),
      });
    }
  }
  return { cells, days };
};
