import { campaignDatesFor, type Profile } from '@lifecert/config';
import { z } from 'zod';

const Localized = z.object({ 'zh-CN': z.string(), en: z.string() });

export const Alternatives = z.object({
  offices: z.array(
    z.object({
      code: z.string(),
      name: Localized,
      address: Localized.optional(),
      counters: z.array(z.object({ name: Localized, location: Localized })),
    }),
  ),
  banks: z.array(z.object({ code: z.string(), name: Localized })),
  homeVisit: z.object({
    courier: Localized,
    perPersonFen: z.number(),
    reducedPerPersonFen: z.number(),
    reducedWhenMoreThan: z.number(),
    serviceArea: z.array(z.object({ code: z.string(), name: Localized })),
  }),
});
export type Alternatives = z.infer<typeof Alternatives>;

/** Where to certify instead of the app: counters, paying banks and the paid home visit. */
export const alternativesOf = (profile: Profile): Alternatives => {
  const districts = new Map(profile.districts.map((d) => [d.code, d.name]));
  return {
    offices: profile.agencies.map((a) => ({
      code: a.code,
      name: a.name,
      ...(a.address ? { address: a.address } : {}),
      counters: a.counters
        .filter((c) => c.services.includes('assisted_certification'))
        .map((c) => ({ name: c.name, location: c.location })),
    })),
    banks: profile.payingBanks.map((b) => ({ code: b.code, name: b.name })),
    homeVisit: {
      courier: profile.homeVisit.courier.name,
      perPersonFen: profile.homeVisit.perPersonFen,
      reducedPerPersonFen: profile.homeVisit.reducedPerPersonFen,
      reducedWhenMoreThan: profile.homeVisit.reducedWhenMoreThan,
      serviceArea: profile.homeVisit.serviceArea.map((code) => ({
        code,
        name: districts.get(code) ?? { 'zh-CN': code, en: code },
      })),
    },
  };
};

/** The agency people are sent to for help: the city-level one, or the first listed. */
export const helpAgencyOf = (profile: Profile) => {
  const a = profile.agencies.find((x) => x.level === 'city') ?? profile.agencies[0]!;
  return { name: a.name, ...(a.address ? { address: a.address } : {}) };
};

export const PublicProfile = z.object({
  city: z.object({ code: z.string(), name: Localized, province: Localized }),
  appName: Localized,
  window: z.object({ year: z.number(), start: z.string(), end: z.string() }),
  whoMustCertify: z.object({
    schemes: z.array(z.string()),
    categories: z.array(z.string()),
    benefitsStartedOnOrBefore: z.string(),
    exemptIfFaceCertifiedFrom: z.string(),
  }),
  attemptLimit: z.number(),
  /** every district of the jurisdiction, so pages can name a district code */
  districts: z.array(z.object({ code: z.string(), name: Localized })),
  help: z.object({ name: Localized, address: Localized.optional() }),
  /** The paper route of people living elsewhere in China: which form, where from, where to post it */
  offsiteForm: z.object({
    name: Localized,
    obtainFrom: Localized,
    postTo: z.object({ name: Localized, address: Localized, postcode: z.string() }),
  }),
  ...Alternatives.shape,
});

/** What the help page shows; `dates` are this year's campaign as stored, else the profile's. */
export const publicProfileOf = (
  profile: Profile,
  year: number,
  dates = campaignDatesFor(profile.campaign, year),
): z.infer<typeof PublicProfile> => ({
  city: profile.city,
  appName: profile.selfService.appName,
  window: { year, start: dates.windowStart, end: dates.windowEnd },
  whoMustCertify: {
    schemes: [...profile.campaign.coveredSchemes],
    categories: [...profile.campaign.coveredCategories],
    benefitsStartedOnOrBefore: dates.cutoff,
    exemptIfFaceCertifiedFrom: dates.exemptionDate,
  },
  attemptLimit: profile.selfService.attemptLimit,
  districts: profile.districts.map((d) => ({ code: d.code, name: d.name })),
  help: helpAgencyOf(profile),
  offsiteForm: {
    name: profile.offsiteForm.name,
    obtainFrom: profile.offsiteForm.obtainFrom,
    postTo: {
      name: profile.reviewSection.name,
      address: profile.reviewSection.postalAddress,
      postcode: profile.reviewSection.postcode,
    },
  },
  ...alternativesOf(profile),
});
