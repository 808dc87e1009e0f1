import type { LocalizedText, OrganisationKind } from '@lifecert/core';
import type { Profile } from './profile-schema.ts';

/** An organisation the profile defines, keyed by codes so a seed can upsert it idempotently. */
export type ProfileOrganisation = {
  kind: OrganisationKind;
  code: string;
  parentCode: string | null;
  name: LocalizedText;
  districtCode: string | null;
};

/**
 * Agencies, their counters, the paying banks and the courier, in parent-first order. Employers
 * and individual bank branches come from the registry, not the profile. Counter codes are
 * prefixed with their agency's code because window numbers repeat between agencies.
 */
export const profileOrganisations = (profile: Profile): ProfileOrganisation[] => [
  ...profile.agencies.flatMap((agency): ProfileOrganisation[] => [
    {
      kind: 'agency',
      code: agency.code,
      parentCode: null,
      name: agency.name,
      districtCode: agency.districtCode,
    },
    ...agency.counters.map((counter): ProfileOrganisation => ({
      kind: 'counter',
      code: `${agency.code}/${counter.code}`,
      parentCode: agency.code,
      name: counter.name,
      districtCode: agency.districtCode,
    })),
  ]),
  ...profile.payingBanks.map((bank): ProfileOrganisation => ({
    kind: 'bank_branch',
    code: bank.code,
    parentCode: null,
    name: bank.name,
    districtCode: null,
  })),
  {
    kind: 'courier',
    code: profile.homeVisit.courier.code,
    parentCode: null,
    name: profile.homeVisit.courier.name,
    districtCode: null,
  },
];
