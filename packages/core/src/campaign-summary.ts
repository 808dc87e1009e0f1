import type { CampaignRules } from './campaign.ts';
import {
  CAMPAIGN_STATUSES,
  campaignStatus,
  type CampaignStatus,
  type StatusCertification,
  type StatusPerson,
} from './campaign-status.ts';

/** One person's status inputs plus the keys reports group by. */
export type StatusRow = {
  districtCode: string;
  category: string;
  person: StatusPerson;
  certifications: readonly StatusCertification[];
};

export type StatusCounts = Record<CampaignStatus, number>;

export type CampaignSummary = {
  total: number;
  byStatus: StatusCounts;
  byDistrict: Record<string, StatusCounts>;
  byCategory: Record<string, StatusCounts>;
};

const zeroCounts = (): StatusCounts =>
  Object.fromEntries(CAMPAIGN_STATUSES.map((s) => [s, 0])) as StatusCounts;

const bump = (groups: Record<string, StatusCounts>, key: string, status: CampaignStatus) => {
  (groups[key] ??= zeroCounts())[status] += 1;
};

/**
 * Counts statuses over a whole registry, page by page, so a million people never sit in memory
 * at once; the rule itself is `campaignStatus`.
 */
export async function summariseCampaign(
  pages: AsyncIterable<readonly StatusRow[]>,
  rules: CampaignRules,
  nowMs: number,
): Promise<CampaignSummary> {
  const summary: CampaignSummary = {
    total: 0,
    byStatus: zeroCounts(),
    byDistrict: {},
    byCategory: {},
  };
  for await (const page of pages) {
    for (const row of page) {
      const { status } = campaignStatus(row.person, rules, row.certifications, nowMs);
      summary.total += 1;
      summary.byStatus[status] += 1;
      bump(summary.byDistrict, row.districtCode, status);
      bump(summary.byCategory, row.category, status);
    }
  }
  return summary;
}
