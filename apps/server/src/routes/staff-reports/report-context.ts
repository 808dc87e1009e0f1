import { campaignRulesFor } from '@lifecert/config';
import {
  CHANNELS,
  PENSIONER_CATEGORIES,
  RESIDENCES,
  shanghaiDate,
  type CampaignRules,
  type LocalizedText,
  type ReportOrder,
} from '@lifecert/core';
import { getCampaignByYear, listCampaigns, type Campaign, type ReportCampaign } from '@lifecert/db';
import type { AppDeps } from '../../deps.ts';
import { AppError } from '../../errors.ts';

export type ReportContext = {
  campaign: Campaign;
  campaigns: Campaign[];
  reportCampaign: ReportCampaign;
  rules: CampaignRules;
  nowMs: number;
  districtNames: Record<string, LocalizedText>;
  order: ReportOrder;
};

/**
 * The campaign a report is about: the year asked for, else this year's, else the latest one.
 * Its rules come from its own stored dates (an edited campaign keeps its edits).
 */
export const reportContext = async (deps: AppDeps, year?: number): Promise<ReportContext> => {
  const nowMs = deps.clock.now();
  const campaigns = await listCampaigns(deps.db);
  const thisYear = Number(shanghaiDate(nowMs).slice(0, 4));
  const campaign =
    year !== undefined
      ? await getCampaignByYear(deps.db, year)
      : (campaigns.find((c) => c.year === thisYear) ?? campaigns[0]);
  if (!campaign) throw new AppError('not_found');
  const rules = campaignRulesFor(deps.profile, campaign.year, {
    year: campaign.year,
    windowStart: campaign.window_start,
    windowEnd: campaign.window_end,
    cutoff: campaign.cutoff_date,
    exemptionDate: campaign.exemption_date,
  });
  const today = shanghaiDate(nowMs);
  const districtNames = Object.fromEntries(deps.profile.districts.map((d) => [d.code, d.name]));
  return {
    campaign,
    campaigns,
    reportCampaign: { id: campaign.id, cutoffDate: campaign.cutoff_date },
    rules,
    nowMs,
    districtNames,
    order: {
      districts: deps.profile.districts.map((d) => d.code),
      categories: PENSIONER_CATEGORIES,
      residences: RESIDENCES,
      channels: CHANNELS,
      // The series runs over the window, up to today while the window is open.
      dayRange: {
        from: campaign.window_start,
        to: today < campaign.window_end ? today : campaign.window_end,
      },
    },
  };
};
