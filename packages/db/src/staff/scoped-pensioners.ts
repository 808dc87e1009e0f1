import type { PensionerScope } from '@lifecert/core';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { onBookedVisitOf } from '../home-visits/courier-scope.ts';
import type { Database, Pensioner } from '../schema.ts';

type PensionerQuery = SelectQueryBuilder<Database, 'pensioners', Pensioner>;

// The scope becomes part of the SQL, so a page of results can never hold anyone outside it.
const withinScope = (q: PensionerQuery, scope: PensionerScope): PensionerQuery | null => {
  switch (scope.kind) {
    case 'all':
      return q;
    case 'district':
      return q.where('district_code', '=', scope.districtCode);
    case 'employer':
      return q.where('employer_org_id', '=', scope.employerOrgId);
    case 'bank':
      return q.where('paying_bank_code', '=', scope.payingBankCode);
    case 'booked_visits':
      return q.where(onBookedVisitOf(scope.courierOrgId));
    case 'none':
      return null;
  }
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
