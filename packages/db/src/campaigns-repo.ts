import type { Kysely } from 'kysely';
import type { Campaign, CampaignState, Database, NewCampaign } from './schema.ts';

export const createCampaign = (db: Kysely<Database>, c: NewCampaign): Promise<Campaign> =>
  db.insertInto('campaigns').values(c).returningAll().executeTakeFirstOrThrow();

export const getCampaignByYear = (
  db: Kysely<Database>,
  year: number,
): Promise<Campaign | undefined> =>
  db.selectFrom('campaigns').selectAll().where('year', '=', year).executeTakeFirst();

export const getCampaignById = (db: Kysely<Database>, id: string): Promise<Campaign | undefined> =>
  db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();

export const listCampaigns = (db: Kysely<Database>): Promise<Campaign[]> =>
  db.selectFrom('campaigns').selectAll().orderBy('year', 'desc').execute();

/**
 * Moves a campaign to `to` only from the expected state, so two staff closing the same campaign
 * cannot both succeed; returns the updated campaign or undefined when the state did not match.
 */
export const transitionCampaign = (
  db: Kysely<Database>,
  id: string,
  from: CampaignState,
  to: CampaignState,
): Promise<Campaign | undefined> =>
  db
    .updateTable('campaigns')
    .set({ status: to })
    .where('id', '=', id)
    .where('status', '=', from)
    .returningAll()
    .executeTakeFirst();
