import { campaignRules, type CampaignRules, type InsuranceScheme } from '@lifecert/core';
import type { Campaign } from '../schema.ts';
import type { FactsCampaign } from './lifecycle-facts.ts';

/** A campaign row with the rules close-out and reminders apply to it. */
export type LifecycleCampaign = { id: string; year: number; rules: CampaignRules };

/** `coveredSchemes` comes from the jurisdiction profile; default: every scheme. */
export const lifecycleCampaign = (
  c: Campaign,
  coveredSchemes?: readonly InsuranceScheme[],
): LifecycleCampaign => ({
  id: c.id,
  year: c.year,
  rules: campaignRules(
    {
      year: c.year,
      windowStart: c.window_start,
      windowEnd: c.window_end,
      cutoff: c.cutoff_date,
      exemptionDate: c.exemption_date,
    },
    coveredSchemes,
  ),
});

export const factsCampaign = (c: LifecycleCampaign): FactsCampaign => ({
  id: c.id,
  windowStartMs: c.rules.windowStartMs,
  exemptionStartMs: c.rules.exemptionStartMs,
});
