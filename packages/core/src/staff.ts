import type { Organisation, OrganisationKind } from './organisation.ts';
import { err, ok, type Result } from './result.ts';

export const STAFF_ROLES = [
  'counter_clerk',
  'employer_clerk',
  'bank_clerk',
  'courier',
  'reviewer',
  'auditor',
  'admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A staff account belongs to exactly one organisation, which bounds what it may see and do. */
export type StaffAccount = {
  id: string;
  organisationId: string;
  username: string;
  role: StaffRole;
  displayName: string;
  active: boolean;
  /** epoch ms */
  createdAt: number;
};

// Each role only makes sense inside one kind of organisation: a bank clerk certifies at a
// branch, reviewers, auditors and administrators work for the agency.
export const ROLE_ORGANISATION_KINDS: Readonly<Record<StaffRole, readonly OrganisationKind[]>> = {
  counter_clerk: ['agency', 'counter'],
  employer_clerk: ['employer'],
  bank_clerk: ['bank_branch'],
  courier: ['courier'],
  reviewer: ['agency'],
  auditor: ['agency'],
  admin: ['agency'],
};

export const isStaffRole = (value: unknown): value is StaffRole =>
  typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);

export const checkStaffPlacement = (
  role: StaffRole,
  organisation: Pick<Organisation, 'kind'>,
): Result<StaffRole, 'staff_role_not_allowed_in_organisation'> =>
  ROLE_ORGANISATION_KINDS[role].includes(organisation.kind)
    ? ok(role)
    : err('staff_role_not_allowed_in_organisation');

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;

/** Usernames are lower-case ASCII so logins are case-insensitive without collation tricks. */
export const normaliseUsername = (input: string): string | null => {
  const username = input.trim().toLowerCase();
  return USERNAME.test(username) ? username : null;
};
