import type { PensionerScope } from '@lifecert/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { pensionerScopeCondition } from '../staff/scoped-pensioners.ts';

/**
 * The staff scope as a condition on `pensioners p`, for the report queries' raw SQL: the staff
 * rule itself, used as a plain predicate on `p` (a semi-join was measured slower). Couriers get
 * no reports (no `reports.read`), so their scope, like a misplaced account's, matches nobody here.
 */
export const reportScopeCondition = (scope: PensionerScope): RawBuilder<SqlBool> =>
  (scope.kind === 'booked_visits' ? null : pensionerScopeCondition(scope, 'p')) ??
  sql<SqlBool>`false`;
