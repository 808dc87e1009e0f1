import type { Kysely } from 'kysely';
import type { Database, NewOrganisation, Organisation } from './schema.ts';

export const createOrganisation = (
  db: Kysely<Database>,
  o: NewOrganisation,
): Promise<Organisation> =>
  db.insertInto('organisations').values(o).returningAll().executeTakeFirstOrThrow();

/**
 * Creates or refreshes organisations by code (profile loads and employer lists are re-run);
 * returns every row with its id, in input order.
 */
export const upsertOrganisations = async (
  db: Kysely<Database>,
  orgs: readonly NewOrganisation[],
): Promise<Organisation[]> => {
  if (orgs.length === 0) return [];
  const rows = await db
    .insertInto('organisations')
    .values([...orgs])
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        parent_id: eb.ref('excluded.parent_id'),
        name_zh: eb.ref('excluded.name_zh'),
        name_en: eb.ref('excluded.name_en'),
        district_code: eb.ref('excluded.district_code'),
      })),
    )
    .returningAll()
    .execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return orgs.map((o) => byCode.get(o.code)!);
};

export const getOrganisationById = (
  db: Kysely<Database>,
  id: string,
): Promise<Organisation | undefined> =>
  db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();

export const getOrganisationByCode = (
  db: Kysely<Database>,
  code: string,
): Promise<Organisation | undefined> =>
  db.selectFrom('organisations').selectAll().where('code', '=', code).executeTakeFirst();

export const listOrganisations = (
  db: Kysely<Database>,
  filter: { kind?: Organisation['kind']; parentId?: string } = {},
): Promise<Organisation[]> => {
  let q = db.selectFrom('organisations').selectAll();
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
  if (filter.parentId !== undefined) q = q.where('parent_id', '=', filter.parentId);
  return q.orderBy('code').execute();
};

/** Ids of an organisation and everything below it, e.g. an agency and its counters. */
export const organisationSubtreeIds = async (
  db: Kysely<Database>,
  rootId: string,
): Promise<string[]> => {
  const rows = await db
    .withRecursive('tree(id)', (qc) =>
      qc
        .selectFrom('organisations')
        .select('id')
        .where('id', '=', rootId)
        .unionAll((qb) =>
          qb
            .selectFrom('organisations as o')
            .innerJoin('tree', 'tree.id', 'o.parent_id')
            .select('o.id'),
        ),
    )
    .selectFrom('tree')
    .select('id')
    .execute();
  return rows.map((r) => r.id);
};
