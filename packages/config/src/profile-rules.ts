import {
  campaignRules,
  overseasRegionKind,
  type CampaignDates,
  type CampaignRules,
  type HomeVisitFeeRule,
  type PensionerRules,
} from '@lifecert/core';
import type { Profile, ProfileOverseasDocument, YearlyDate } from './profile-schema.ts';

// Adapters from the profile to the shapes the core rules take, so core never sees the profile.

const dateIn = (year: number, anchor: YearlyDate): string =>
  `${String(year + anchor.yearOffset).padStart(4, '0')}-${anchor.monthDay}`;

/** The default dates of the campaign of `year`, from the profile's yearly anchors. */
export const campaignDatesFor = (
  campaign: Pick<Profile['campaign'], 'windowStart' | 'windowEnd' | 'cutoff' | 'exemptionFrom'>,
  year: number,
): CampaignDates => ({
  year,
  windowStart: dateIn(year, campaign.windowStart),
  windowEnd: dateIn(year, campaign.windowEnd),
  cutoff: dateIn(year, campaign.cutoff),
  exemptionDate: dateIn(year, campaign.exemptionFrom),
});

/** Ready-to-run status rules; `dates` overrides the defaults when a campaign was edited. */
export const campaignRulesFor = (
  profile: Profile,
  year: number,
  dates: CampaignDates = campaignDatesFor(profile.campaign, year),
): CampaignRules => campaignRules(dates, profile.campaign.coveredSchemes);

export const pensionerRulesFor = (profile: Profile, today?: string): PensionerRules => ({
  districtCodes: new Set(profile.districts.map((d) => d.code)),
  bankCodes: new Set(profile.payingBanks.map((b) => b.code)),
  ...(today === undefined ? {} : { today }),
});

export const homeVisitFeeRuleOf = (profile: Profile): HomeVisitFeeRule => ({
  perPersonFen: profile.homeVisit.perPersonFen,
  reducedPerPersonFen: profile.homeVisit.reducedPerPersonFen,
  reducedWhenMoreThan: profile.homeVisit.reducedWhenMoreThan,
});

/** The proofs of life accepted from someone living in `region` (ISO 3166-1 alpha-2). */
export const acceptedOverseasDocuments = (
  profile: Profile,
  region: string,
): readonly ProfileOverseasDocument[] => {
  const kind = overseasRegionKind(region, profile.overseas.countriesWithoutRelations);
  return profile.overseas.documents.filter((d) => d.regionKind === kind);
};
