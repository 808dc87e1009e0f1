import type { PensionerScope } from '@lifecert/core';
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { onBookedVisitOf } from '../home-visits/courier-scope.ts';
import type { Database, Pensioner } from '../schema.ts';

type PensionerQuery = SelectQueryBuilder<Database, 'pensioners', Pensioner>;

/**
 * The one rule of who a member of staff may see, as a condition on the pensioners table
 * (`pensioners`, or the alias a query gives it); null when the scope holds nobody, so callers
 * can skip the query. Staff queries, reports and the like all build on it, so the scope becomes
 * part of the SQL and a page of results can never hold anyone outside it.
 */
export const pensionerScopeCondition = (
  scope: PensionerScope,
  pensioners = 'pensioners',
): RawBuilder<SqlBool> | null => {
  const col = (name: string) => sql.ref(`${pensioners}.${name}`);
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'district':
      return sql<SqlBool>`${col('district_code')} = ${scope.districtCode}`;
    case 'employer':
      return sql<SqlBool>`${col('employer_org_id')} = ${scope.employerOrgId}`;
    case 'bank':
      return sql<SqlBool>`${col('paying_bank_code')} = ${scope.payingBankCode}`;
    case 'booked_visits':
      return sql<SqlBool>`${onBookedVisitOf(scope.courierOrgId, pensioners)}`;
    case 'none':
      return null;
  }
};

const withinScope = (q: PensionerQuery, scope: PensionerScope): PensionerQuery | null => {
  const condition = pensionerScopeCondition(scope);
  return condition && q.where(condition);
};

export type StaffPensionerQuery = { idNumber: string } | { namePrefix: string };

export const STAFF_SEARCH_LIMIT = 50;

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** People matching an exact ID number or a name prefix, inside the scope, by name. */
export const findScopedPensioners = async (
  db: Kysely<Database>,
  scope: PensionerScope,
  query: StaffPensionerQuery,
  limit = STAFF_SEARCH_LIMIT,
): Promise<Pensioner[]> => {
  let q: PensionerQuery = db.selectFrom('pensioners').selectAll();
  q =
    'idNumber' in query
      ? q.where('id_number', '=', query.idNumber)
      : q.where('name', 'like', `${escapeLike(query.namePrefix)}%`);
  const scoped = withinScope(q, scope);
  if (!scoped) return [];
  return scoped.orderBy('name').orderBy('id').limit(limit).execute();
};

/** One person by id when inside the scope; undefined both when absent and when out of scope. */
export const getScopedPensioner = async (
  db: Kysely<Database>,
  scope: PensionerScope,
  id: string,
): Promise<Pensioner | undefined> => {
  const scoped = withinScope(db.selectFrom('pensioners').selectAll().where('id', '=', id), scope);
  return scoped?.executeTakeFirst();
};
