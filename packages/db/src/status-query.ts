import { sql, type Kysely } from 'kysely';
import type {
  BenefitStatus,
  CertificationMethod,
  Channel,
  InsuranceScheme,
  PensionerCategory,
  Residence,
} from '@lifecert/core';
import type { Campaign, Database } from './schema.ts';

/** Everything the core status rule needs about one person in one campaign, times as epoch ms. */
export type StatusInput = {
  pensionerId: string;
  category: PensionerCategory;
  scheme: InsuranceScheme;
  districtCode: string;
  residence: Residence;
  benefitStatus: BenefitStatus;
  /** 'YYYY-MM-DD' */
  benefitsStart: string;
  /** Start of benefitsStart in Asia/Shanghai (UTC+8, no DST). */
  benefitsStartMs: number;
  /** Latest certification counted for this campaign, if any. */
  certifiedAtMs: number | null;
  certifiedChannel: Channel | null;
  certifiedMethod: CertificationMethod | null;
  /** Latest face certification, any campaign, at or after the start of the exemption date. */
  lastFaceAtMs: number | null;
};

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Start of a 'YYYY-MM-DD' day in Asia/Shanghai. */
export const shanghaiDayStartMs = (date: string): number =>
  Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS;

/**
 * Yields every pensioner's status inputs for a campaign, a page at a time, in id order. Keyset
 * pages keep memory bounded on both engines (PGlite has no server-side cursor to stream from).
 */
export async function* campaignStatusInputs(
  db: Kysely<Database>,
  campaign: Pick<Campaign, 'id' | 'exemption_date'>,
  opts: { pageSize?: number } = {},
): AsyncGenerator<StatusInput[]> {
  const pageSize = opts.pageSize ?? 10_000;
  const exemptionStart = new Date(shanghaiDayStartMs(campaign.exemption_date));
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    // Certifications are read for the page's id range in one index range scan each, rather than
    // probed once per person: half the time a page on 1,000,000 people.
    // Rows come back already in StatusInput shape: no second object per person.
    const { rows } = await sql<StatusInput>`
      with page as (
        select id, category, scheme, district_code, residence, benefit_status, benefits_start
        from pensioners
        where id > ${afterId}
        order by id
        limit ${pageSize}
      ),
      bounds as (
        select (select id from page order by id limit 1) as lo,
               (select id from page order by id desc limit 1) as hi
      ),
      cc as (
        select distinct on (c.pensioner_id) c.pensioner_id, c.certified_at, c.channel, c.method
        from certifications c, bounds b
        where c.campaign_id = ${campaign.id} and c.pensioner_id between b.lo and b.hi
        order by c.pensioner_id, c.certified_at desc
      ),
      fc as (
        select c.pensioner_id, max(c.certified_at) as certified_at
        from certifications c, bounds b
        where c.method = 'face' and c.certified_at >= ${exemptionStart}
          and c.pensioner_id between b.lo and b.hi
        group by c.pensioner_id
      )
      select page.id as "pensionerId",
        page.category,
        page.scheme,
        page.district_code as "districtCode",
        page.residence,
        page.benefit_status as "benefitStatus",
        page.benefits_start as "benefitsStart",
        (page.benefits_start - date '1970-01-01')::float8 * 86400000 - ${SHANGHAI_OFFSET_MS}::float8
          as "benefitsStartMs",
        (extract(epoch from cc.certified_at) * 1000)::float8 as "certifiedAtMs",
        cc.channel as "certifiedChannel",
        cc.method as "certifiedMethod",
        (extract(epoch from fc.certified_at) * 1000)::float8 as "lastFaceAtMs"
      from page
      left join cc on cc.pensioner_id = page.id
      left join fc on fc.pensioner_id = page.id
      order by page.id`.execute(db);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
    afterId = rows[rows.length - 1]!.pensionerId;
  }
}
