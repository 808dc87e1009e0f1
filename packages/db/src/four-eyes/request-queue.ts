import type { ApprovalStatus, PensionerScope } from '@lifecert/core';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { pensionerScopeCondition } from '../staff/scoped-pensioners.ts';
import type { Database } from '../schema.ts';

/** The columns every four-eyes request row shares, as a queue or history shows them. */
export type RequestRow = {
  id: string;
  pensionerId: string;
  pensionerName: string;
  status: ApprovalStatus;
  requestedBy: { id: string; name: string };
  requestedAt: Date;
  decidedBy: { id: string; name: string } | null;
  decidedAt: Date | null;
  decisionReason: string | null;
};

/** What a request query selects for `RequestRow` (staff names from `staff_accounts as r / d`). */
export type RequestRaw = {
  id: string;
  pensioner_id: string;
  pensioner_name: string;
  status: ApprovalStatus;
  requested_by: string;
  requested_by_name: string;
  requested_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
};

export const requestFields = (r: RequestRaw): RequestRow => ({
  id: r.id,
  pensionerId: r.pensioner_id,
  pensionerName: r.pensioner_name,
  status: r.status,
  requestedBy: { id: r.requested_by, name: r.requested_by_name },
  requestedAt: r.requested_at,
  decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
  decidedAt: r.decided_at,
  decisionReason: r.decision_reason,
});

// Each feature types its own table; the queue only needs the shared columns by reference.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RequestQuery<Raw> = SelectQueryBuilder<any, any, Raw>;

/**
 * The reads of a request table: the scoped queue by status (oldest first, the order to decide
 * in), one request in the scope, and a person's history (newest first). `base` selects from the
 * request table as `alias`, joined with `pensioners as p` for the scope.
 */
export const requestQueue = <Raw, Row>(
  base: (db: Kysely<Database>) => RequestQuery<Raw>,
  alias: string,
  toRow: (r: Raw) => Row,
) => {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  return {
    list: async (
      db: Kysely<Database>,
      scope: PensionerScope,
      status: ApprovalStatus,
      limit = 100,
    ): Promise<Row[]> => {
      const inScope = pensionerScopeCondition(scope, 'p');
      if (!inScope) return [];
      const rows = await base(db)
        .where(col('status'), '=', status)
        .where(inScope)
        .orderBy(col('requested_at'))
        .orderBy(col('id'))
        .limit(limit)
        .execute();
      return rows.map(toRow);
    },
    get: async (
      db: Kysely<Database>,
      scope: PensionerScope,
      id: string,
    ): Promise<Row | undefined> => {
      const inScope = pensionerScopeCondition(scope, 'p');
      if (!inScope) return undefined;
      const r = await base(db).where(col('id'), '=', id).where(inScope).executeTakeFirst();
      return r && toRow(r);
    },
    of: async (db: Kysely<Database>, pensionerId: string): Promise<Row[]> => {
      const rows = await base(db)
        .where(col('pensioner_id'), '=', pensionerId)
        .orderBy(col('requested_at'), 'desc')
        .orderBy(col('id'))
        .execute();
      return rows.map(toRow);
    },
  };
};
