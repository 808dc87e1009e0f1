import {
  INSURANCE_SCHEMES,
  OVERSEAS_REGION_KINDS,
  PENSIONER_CATEGORIES,
  isIsoDate,
  validateCampaignDates,
} from '@lifecert/core';
import { z } from 'zod';
import { campaignDatesFor } from './profile-rules.ts';

// Every city-specific fact lives in a profile file; the code reads it through this schema so a
// second city is a new JSON file, not a code change.

const localized = z.strictObject({
  'zh-CN': z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/** GB/T 2260 administrative division code */
const regionCode = z.string().regex(/^\d{6}$/, 'expected a 6-digit GB/T 2260 code');
const code = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/i, 'expected a code of letters, digits, - or _');
const isoDate = z.string().refine(isIsoDate, 'expected a calendar date YYYY-MM-DD');
const iso3166 = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');
const fen = z.number().int().nonnegative();
// Month-day anchors repeat every year, so 29 February is refused.
const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD')
  .refine((md) => md !== '02-29' && isIsoDate(`2001-${md}`), 'not a day of every year');
const yearlyDate = z.strictObject({
  monthDay,
  /** 0 = the campaign's year, -1 = the year before */
  yearOffset: z.number().int().min(-5).max(1),
});

const district = z.strictObject({
  code: regionCode,
  kind: z.enum(['district', 'county', 'county_level_city']),
  name: localized,
});

const counter = z.strictObject({
  code,
  name: localized,
  location: localized,
  services: z.array(z.enum(['assisted_certification', 'data_correction'])).min(1),
});

const agency = z.strictObject({
  code,
  level: z.enum(['city', 'district']),
  /** null for the city-level agency */
  districtCode: regionCode.nullable(),
  name: localized,
  address: localized.optional(),
  counters: z.array(counter).default([]),
});

const bank = z.strictObject({ code, name: localized, shortName: localized });

const overseasDocument = z.strictObject({
  code,
  regionKind: z.enum(OVERSEAS_REGION_KINDS),
  issuer: localized,
  name: localized,
});

export const profileSchema = z
  .strictObject({
    id: code,
    schemaVersion: z.literal(1),
    /** interpretations and sources, for the people who maintain the file */
    notes: z.array(z.string()).default([]),
    city: z.strictObject({ code: regionCode, name: localized, province: localized }),
    timeZone: z.literal('Asia/Shanghai'),
    districts: z.array(district).min(1),
    agencies: z.array(agency).min(1),
    reviewSection: z.strictObject({
      agencyCode: code,
      name: localized,
      postalAddress: localized,
      postcode: z.string().regex(/^\d{6}$/, 'expected a 6-digit postcode'),
    }),
    payingBanks: z.array(bank).min(1),
    homeVisit: z.strictObject({
      courier: z.strictObject({ code, name: localized }),
      perPersonFen: fen,
      reducedPerPersonFen: fen,
      reducedWhenMoreThan: z.number().int().nonnegative(),
      /** district codes the courier serves */
      serviceArea: z.array(regionCode).min(1),
    }),
    campaign: z.strictObject({
      coveredSchemes: z.array(z.enum(INSURANCE_SCHEMES)).min(1),
      coveredCategories: z.array(z.enum(PENSIONER_CATEGORIES)).min(1),
      windowStart: yearlyDate,
      windowEnd: yearlyDate,
      cutoff: yearlyDate,
      /** a face certification from this day up to the window's start exempts the person */
      exemptionFrom: yearlyDate,
    }),
    certificates: z.strictObject({
      /** letters that open every certificate number printed for the jurisdiction (AB2018-XXXX-XXXX for prefix AB) */
      prefix: z.string().regex(/^[A-Z]{1,6}$/, '1 to 6 capital letters A-Z'),
    }),
    selfService: z.strictObject({
      appName: localized,
      /** failed attempts before the person is sent to a counter */
      attemptLimit: z.number().int().min(1).max(100),
      challengeActions: z.number().int().min(1).max(5),
    }),
    offsiteForm: z.strictObject({ name: localized, obtainFrom: localized }),
    overseas: z.strictObject({
      legalBasis: localized,
      countriesWithoutRelations: z.array(iso3166),
      countriesWithoutRelationsAsOf: isoDate,
      documents: z.array(overseasDocument).min(1),
      deliveryMethods: z.array(z.enum(['proxy', 'post'])).min(1),
      /**
       * How many days before its receipt a proof of life may have been issued. The reference names
       * no window; 180 days (the document then proves life within the last half year) is ours.
       */
      documentMaxAgeDays: z.number().int().min(1).max(730).default(180),
    }),
  })
  .superRefine((profile, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const districtCodes = new Set<string>();
    profile.districts.forEach((d, i) => {
      if (districtCodes.has(d.code))
        issue(['districts', i, 'code'], `duplicate district ${d.code}`);
      districtCodes.add(d.code);
      if (d.code.slice(0, 4) !== profile.city.code.slice(0, 4)) {
        issue(['districts', i, 'code'], `district ${d.code} is not in city ${profile.city.code}`);
      }
    });
    const agencyCodes = new Set<string>();
    profile.agencies.forEach((a, i) => {
      if (agencyCodes.has(a.code)) issue(['agencies', i, 'code'], `duplicate agency ${a.code}`);
      agencyCodes.add(a.code);
      if (a.districtCode !== null && !districtCodes.has(a.districtCode)) {
        issue(['agencies', i, 'districtCode'], `unknown district ${a.districtCode}`);
      }
      if ((a.level === 'city') !== (a.districtCode === null)) {
        issue(['agencies', i, 'districtCode'], 'city agencies have no district; others have one');
      }
      findDuplicates(a.counters.map((c) => c.code)).forEach((j) =>
        issue(['agencies', i, 'counters', j, 'code'], 'duplicate counter code'),
      );
    });
    if (!agencyCodes.has(profile.reviewSection.agencyCode)) {
      issue(['reviewSection', 'agencyCode'], `unknown agency ${profile.reviewSection.agencyCode}`);
    }
    findDuplicates(profile.payingBanks.map((b) => b.code)).forEach((i) =>
      issue(['payingBanks', i, 'code'], 'duplicate bank code'),
    );
    profile.homeVisit.serviceArea.forEach((c, i) => {
      if (!districtCodes.has(c)) issue(['homeVisit', 'serviceArea', i], `unknown district ${c}`);
    });
    if (profile.homeVisit.reducedPerPersonFen > profile.homeVisit.perPersonFen) {
      issue(['homeVisit', 'reducedPerPersonFen'], 'the reduced fee exceeds the normal fee');
    }
    // A leap and a common year: the anchors must give a consistent campaign in both.
    for (const year of [2020, 2021]) {
      const dates = validateCampaignDates(campaignDatesFor(profile.campaign, year));
      if (!dates.ok) {
        issue(['campaign', dates.error.field ?? ''], 'inconsistent campaign dates');
        break;
      }
    }
    const covered = new Set(profile.overseas.documents.map((d) => d.regionKind));
    for (const kind of OVERSEAS_REGION_KINDS) {
      if (!covered.has(kind)) issue(['overseas', 'documents'], `no document accepted for ${kind}`);
    }
  });

const findDuplicates = (values: readonly string[]): number[] =>
  values.flatMap((v, i) => (values.indexOf(v) === i ? [] : [i]));

/** A validated profile. */
export type Profile = z.infer<typeof profileSchema>;
/** The JSON as written, before defaults are applied. */
export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileDistrict = Profile['districts'][number];
export type ProfileAgency = Profile['agencies'][number];
export type ProfileCounter = ProfileAgency['counters'][number];
export type ProfileBank = Profile['payingBanks'][number];
export type ProfileOverseasDocument = Profile['overseas']['documents'][number];
export type YearlyDate = z.infer<typeof yearlyDate>;
