import type { Organisation } from '../organisation.ts';
import type { StaffRole } from '../staff.ts';

/** Which pensioners a staff account may see; every lookup is filtered by it. */
export type PensionerScope =
  | { kind: 'all' }
  | { kind: 'district'; districtCode: string }
  | { kind: 'employer'; employerOrgId: string }
  | { kind: 'bank'; payingBankCode: string }
  /** couriers see only people with a booked home visit */
  | { kind: 'booked_visits'; courierOrgId: string }
  /** a misplaced account (e.g. a counter without an agency) sees nobody rather than everybody */
  | { kind: 'none' };

export type ScopeOrganisation = Pick<Organisation, 'id' | 'kind' | 'code' | 'districtCode'>;

/**
 * The scope of a role working in an organisation. `chain` is the organisation followed by its
 * ancestors, nearest first: a counter's scope is its agency's district, a branch's is the bank
 * at the top of its tree (pensioners carry the paying bank's code, not the branch's).
 */
export const pensionerScopeOf = (
  role: StaffRole,
  chain: readonly ScopeOrganisation[],
): PensionerScope => {
  const org = chain[0];
  if (!org) return { kind: 'none' };
  switch (role) {
    case 'reviewer':
    case 'auditor':
    case 'admin':
      return { kind: 'all' };
    case 'counter_clerk': {
      const agency = chain.find((o) => o.kind === 'agency');
      if (!agency) return { kind: 'none' };
      // A city-level agency has no district and serves the whole city.
      return agency.districtCode === null
        ? { kind: 'all' }
        : { kind: 'district', districtCode: agency.districtCode };
    }
    case 'employer_clerk':
      return org.kind === 'employer'
        ? { kind: 'employer', employerOrgId: org.id }
        : { kind: 'none' };
    case 'bank_clerk': {
      const banks = chain.filter((o) => o.kind === 'bank_branch');
      const bank = banks[banks.length - 1];
      return bank ? { kind: 'bank', payingBankCode: bank.code } : { kind: 'none' };
    }
    case 'courier':
      return org.kind === 'courier'
        ? { kind: 'booked_visits', courierOrgId: org.id }
        : { kind: 'none' };
  }
};

export type ScopedPensioner = {
  districtCode: string;
  employerOrgId: string | null;
  payingBankCode: string | null;
  /** courier organisations with a booked (not cancelled or completed) home visit for the person */
  bookedVisitCourierOrgIds: readonly string[];
};

/**
 * Whether a person is inside a scope: the rule that the database filters
 * (`packages/db/src/staff/scoped-pensioners.ts`) apply in SQL, stated once in plain code.
 */
export const isInScope = (scope: PensionerScope, p: ScopedPensioner): boolean => {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'district':
      return p.districtCode === scope.districtCode;
    case 'employer':
      return p.employerOrgId === scope.employerOrgId;
    case 'bank':
      return p.payingBankCode === scope.payingBankCode;
    case 'booked_visits':
      return p.bookedVisitCourierOrgIds.includes(scope.courierOrgId);
    case 'none':
      return false;
  }
};
