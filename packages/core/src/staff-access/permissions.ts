import type { StaffRole } from '../staff.ts';

/** What a staff member can ask the API to do; reading is further bounded by scope. */
export const STAFF_ACTIONS = [
  'pensioners.read',
  'certify.id_check',
  'self_service.reopen',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

// Only clerks who stand in front of the person and their ID card may record an in-person check;
// reopening self-service is a counter decision (the person is told to come to the agency), which
// administrators may also take. Reviewers and auditors only read.
const ROLE_ACTIONS: Readonly<Record<StaffRole, readonly StaffAction[]>> = {
  counter_clerk: ['pensioners.read', 'certify.id_check', 'self_service.reopen'],
  employer_clerk: ['pensioners.read', 'certify.id_check'],
  bank_clerk: ['pensioners.read', 'certify.id_check'],
  courier: ['pensioners.read'],
  reviewer: ['pensioners.read'],
  auditor: ['pensioners.read'],
  admin: ['pensioners.read', 'self_service.reopen'],
};

export const canStaff = (role: StaffRole, action: StaffAction): boolean =>
  ROLE_ACTIONS[role].includes(action);

/** The roles allowed an action, for route declarations. */
export const rolesAllowed = (action: StaffAction): StaffRole[] =>
  (Object.keys(ROLE_ACTIONS) as StaffRole[]).filter((role) => canStaff(role, action));
