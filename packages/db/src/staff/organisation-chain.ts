import type { ScopeOrganisation } from '@lifecert/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** An organisation followed by its ancestors, nearest first (what a staff scope is built from). */
export const organisationChain = async (
  db: Kysely<Database>,
  organisationId: string,
): Promise<ScopeOrganisation[]> => {
  const rows = await db
    .withRecursive('chain(id, parent_id, depth)', (qc) =>
      qc
        .selectFrom('organisations')
        .select(['id', 'parent_id', (eb) => eb.lit(0).as('depth')])
        .where('id', '=', organisationId)
        .unionAll((qb) =>
          qb
            .selectFrom('organisations as o')
            .innerJoin('chain', 'chain.parent_id', 'o.id')
            // The tree is shallow; the bound only stops a corrupted cycle from running forever.
            .where('chain.depth', '<', 10)
            .select(['o.id', 'o.parent_id', (eb) => eb(eb.ref('chain.depth'), '+', 1).as('depth')]),
        ),
    )
    .selectFrom('chain')
    .innerJoin('organisations as o', 'o.id', 'chain.id')
    .select(['o.id', 'o.kind', 'o.code', 'o.district_code', 'chain.depth'])
    .orderBy('chain.depth')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, code: r.code, districtCode: r.district_code }));
};
