import type { LocalizedText } from './localized-text.ts';

/** Places that certify people or hold staff accounts. */
export const ORGANISATION_KINDS = [
  'agency',
  'counter',
  'employer',
  'bank_branch',
  'courier',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type Organisation = {
  id: string;
  kind: OrganisationKind;
  /** the agency a counter belongs to, the bank a branch belongs to; null at the top */
  parentId: string | null;
  /** stable code from the profile or the registry (e.g. a window number, a bank code) */
  code: string;
  name: LocalizedText;
  /** GB/T 2260 code, when the organisation serves one district */
  districtCode: string | null;
};

// A counter is a window of an agency; a branch may sit under its bank's city branch. Other
// kinds stand alone, which keeps the tree shallow and permission checks simple.
const PARENT_KINDS: Readonly<Record<OrganisationKind, readonly OrganisationKind[]>> = {
  agency: ['agency'],
  counter: ['agency'],
  employer: [],
  bank_branch: ['bank_branch'],
  courier: [],
};

export const canHaveParent = (kind: OrganisationKind, parentKind: OrganisationKind): boolean =>
  PARENT_KINDS[kind].includes(parentKind);

export const isOrganisationKind = (value: unknown): value is OrganisationKind =>
  typeof value === 'string' && (ORGANISATION_KINDS as readonly string[]).includes(value);
