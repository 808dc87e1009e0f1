import { sql, type Kysely, type RawBuilder } from 'kysely';
import type {
  BenefitStatus,
  CertificationMethod,
  CloseoutFacts,
  InsuranceScheme,
  PensionerCategory,
} from '@lifecert/core';
import type { Database } from '../schema.ts';

/** Close-out's facts about one person plus what batches and files group by. */
export type PersonFacts = CloseoutFacts & {
  pensionerId: string;
  districtCode: string;
  payingBankCode: string | null;
  category: PensionerCategory;
  monthlyAmountFen: number;
};

export type FactsCampaign = {
  id: string;
  windowStartMs: number;
  exemptionStartMs: number;
};

type Row = {
  id: string;
  scheme: InsuranceScheme;
  benefit_status: BenefitStatus;
  benefits_start_ms: number;
  district_code: string;
  paying_bank_code: string | null;
  category: PensionerCategory;
  monthly_amount_fen: number;
  certified_at_ms: number | null;
  certified_method: CertificationMethod | null;
  last_face_at_ms: number | null;
  open_reviews: number;
  deceased: boolean;
};

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

// One select list for every caller, so close-out, its commit re-check and reminders read the
// same facts the same way. `people` must yield pensioner columns under the alias p.
const factsQuery = (
  people: RawBuilder<unknown>,
  campaign: FactsCampaign,
  asOfMs: number,
): RawBuilder<Row> => sql<Row>`
  with p as (${people})
  select p.id, p.scheme, p.benefit_status, p.district_code, p.paying_bank_code, p.category,
    coalesce(p.monthly_amount_fen, 0)::float8 as monthly_amount_fen,
    (p.benefits_start - date '1970-01-01')::float8 * 86400000 - ${SHANGHAI_OFFSET_MS}::float8
      as benefits_start_ms,
    (extract(epoch from cc.certified_at) * 1000)::float8 as certified_at_ms,
    cc.method as certified_method,
    (extract(epoch from fc.certified_at) * 1000)::float8 as last_face_at_ms,
    (select count(*) from pending_reviews r
      where r.pensioner_id = p.id and r.campaign_id = ${campaign.id}
        and r.resolved_at is null)::int as open_reviews,
    exists (select 1 from death_records d where d.pensioner_id = p.id) as deceased
  from p
  left join lateral (
    select c.certified_at, c.method from certifications c
    where c.campaign_id = ${campaign.id} and c.pensioner_id = p.id
      and c.certified_at <= ${at(asOfMs)}
    order by c.certified_at desc limit 1
  ) cc on true
  left join lateral (
    select c.certified_at from certifications c
    where c.pensioner_id = p.id and c.method = 'face'
      and c.certified_at >= ${at(campaign.exemptionStartMs)} and c.certified_at <= ${at(asOfMs)}
    order by c.certified_at desc limit 1
  ) fc on true
  order by p.id`;

const toFacts = (r: Row): PersonFacts => ({
  pensionerId: r.id,
  scheme: r.scheme,
  benefitStatus: r.benefit_status,
  benefitsStartMs: r.benefits_start_ms,
  districtCode: r.district_code,
  payingBankCode: r.paying_bank_code,
  category: r.category,
  monthlyAmountFen: r.monthly_amount_fen,
  certifiedAtMs: r.certified_at_ms,
  certifiedMethod: r.certified_method,
  lastFaceAtMs: r.last_face_at_ms,
  openReviews: r.open_reviews,
  deceased: r.deceased,
});

/**
 * Pages (by id) through active pensioners with no certification for the campaign between the
 * window's start and `asOfMs`: the only people close-out or a reminder could concern. The
 * anti-join is the cheap, indexed filter; core's rule decides about everyone it lets through.
 */
export async function* uncertifiedFacts(
  db: Kysely<Database>,
  campaign: FactsCampaign,
  asOfMs: number,
  opts: { pageSize?: number; withMobileOnly?: boolean } = {},
): AsyncGenerator<PersonFacts[]> {
  const pageSize = opts.pageSize ?? 10_000;
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const people = sql`
      select * from pensioners x
      where x.id > ${afterId} and x.benefit_status = 'active'
        ${opts.withMobileOnly ? sql`and x.mobile is not null` : sql``}
        and not exists (
          select 1 from certifications c
          where c.campaign_id = ${campaign.id} and c.pensioner_id = x.id
            and c.certified_at >= ${at(campaign.windowStartMs)} and c.certified_at <= ${at(asOfMs)})
      order by x.id
      limit ${pageSize}`;
    const { rows } = await factsQuery(people, campaign, asOfMs).execute(db);
    if (rows.length === 0) return;
    yield rows.map(toFacts);
    if (rows.length < pageSize) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

/** The facts of the given people now, e.g. a batch's items at commit time. */
export const factsFor = async (
  db: Kysely<Database>,
  campaign: FactsCampaign,
  pensionerIds: readonly string[],
  asOfMs: number,
): Promise<PersonFacts[]> => {
  if (pensionerIds.length === 0) return [];
  const people = sql`select * from pensioners x where x.id = any(${[...pensionerIds]}::uuid[])`;
  const { rows } = await factsQuery(people, campaign, asOfMs).execute(db);
  return rows.map(toFacts);
};
