import type { StaffRole } from '../staff.ts';

/** What a staff member can ask the API to do; reading is further bounded by scope. */
export const STAFF_ACTIONS = [
  'pensioners.read',
  'certify.id_check',
  'certify.face',
  'self_service.reopen',
  'home_visits.book',
  'home_visits.serve',
  'photos.view',
  'photos.enrol',
  'photos.approve',
  'info_changes.request',
  'info_changes.approve',
  'paper.print',
  'paper.record',
  'paper.read',
  'paper.scan',
  'paper.review',
  'reports.read',
  'reports.contact_details',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

// Only clerks who stand in front of the person and their ID card may record an in-person check;
// reopening self-service is a counter decision (the person is told to come to the agency), which
// administrators may also take. Reviewers and auditors only read. Face certification on a staff
// device goes to everyone who meets people: the three clerks and the home-visit courier.
// Home visits: a counter clerk (or an administrator) books them for people in scope, typically
// when a relative phones in; only the courier's staff serve them on site and take the payment.
// Photos and information changes: a counter clerk (or an administrator) takes the request with
// the person in front of them; a reviewer (or an administrator, never on their own request)
// approves it. Auditors read records but never see faces.
// Paper proofs (offsite forms, overseas documents): counter clerks print forms and record what
// arrives by post or proxy; reviewers decide (never on what they recorded themselves). Auditors
// see the queue but not the scans.
// Reports (progress and the pending list, exports audited): every role but couriers, whose day
// list is their report. Full mobile numbers and addresses in the pending list go only to those
// who phone people for outreach: counter clerks (their district) and employer retiree offices.
const ROLE_ACTIONS: Readonly<Record<StaffRole, readonly StaffAction[]>> = {
  counter_clerk: [
    'pensioners.read',
    'certify.id_check',
    'certify.face',
    'self_service.reopen',
    'photos.view',
    'photos.enrol',
    'info_changes.request',
    'home_visits.book',
    'paper.print',
    'paper.record',
    'paper.read',
    'paper.scan',
    'reports.read',
    'reports.contact_details',
  ],
  employer_clerk: [
    'pensioners.read',
    'certify.id_check',
    'certify.face',
    'reports.read',
    'reports.contact_details',
  ],
  bank_clerk: ['pensioners.read', 'certify.id_check', 'certify.face', 'reports.read'],
  courier: ['pensioners.read', 'home_visits.serve', 'certify.face'],
  reviewer: [
    'pensioners.read',
    'photos.view',
    'photos.approve',
    'info_changes.approve',
    'paper.print',
    'paper.read',
    'paper.scan',
    'paper.review',
    'reports.read',
  ],
  auditor: ['pensioners.read', 'paper.read', 'reports.read'],
  admin: [
    'pensioners.read',
    'self_service.reopen',
    'photos.view',
    'photos.enrol',
    'photos.approve',
    'info_changes.request',
    'info_changes.approve',
    'home_visits.book',
    'paper.print',
    'paper.record',
    'paper.read',
    'paper.scan',
    'paper.review',
    'reports.read',
  ],
};

export const canStaff = (role: StaffRole, action: StaffAction): boolean =>
  ROLE_ACTIONS[role].includes(action);

/** The roles allowed an action, for route declarations. */
export const rolesAllowed = (action: StaffAction): StaffRole[] =>
  (Object.keys(ROLE_ACTIONS) as StaffRole[]).filter((role) => canStaff(role, action));
