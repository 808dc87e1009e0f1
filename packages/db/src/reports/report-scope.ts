import type { PensionerScope } from '@lifecert/core';
import { sql, type RawBuilder } from 'kysely';

/**
 * The staff scope as a condition on `pensioners p`, for the report queries' raw SQL. Same rules
 * as `scoped-pensioners.ts`; couriers get no reports (no `reports.read`), so their scope, like
 * a misplaced account's, matches nobody here.
 */
export const reportScopeCondition = (scope: PensionerScope): RawBuilder<boolean> => {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'district':
      return sql<boolean>`p.district_code = ${scope.districtCode}`;
    case 'employer':
      return sql<boolean>`p.employer_org_id = ${scope.employerOrgId}`;
    case 'bank':
      return sql<boolean>`p.paying_bank_code = ${scope.payingBankCode}`;
    case 'booked_visits':
    case 'none':
      return sql<boolean>`false`;
  }
};
