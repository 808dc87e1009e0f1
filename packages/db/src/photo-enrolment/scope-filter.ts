import type { PensionerScope } from '@lifecert/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * The staff scope as a condition on a query that joined `pensioners as p`: the same rules as the
 * scoped pensioner search, applied in SQL so a list never holds anyone outside the scope. Null
 * when the scope sees nobody.
 */
export const scopeCondition = (scope: PensionerScope): RawBuilder<SqlBool> | null => {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'district':
      return sql<SqlBool>`p.district_code = ${scope.districtCode}`;
    case 'employer':
      return sql<SqlBool>`p.employer_org_id = ${scope.employerOrgId}`;
    case 'bank':
      return sql<SqlBool>`p.paying_bank_code = ${scope.payingBankCode}`;
    case 'booked_visits':
    case 'none':
      return null;
  }
};
