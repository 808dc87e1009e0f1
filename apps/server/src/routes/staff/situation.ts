import { selfServiceSituation, type SelfServiceSituation } from '@lifecert/core';
import { createSelfServiceStore, type Database } from '@lifecert/db';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps.ts';

/**
 * A person's situation in this year's campaign, computed exactly as self-service computes it so
 * the clerk and the pensioner's phone never disagree. `lock` holds the person's row until the
 * caller's transaction ends.
 */
export const staffSituation = async (
  deps: AppDeps,
  db: Kysely<Database>,
  pensionerId: string,
  opts: { lock?: boolean } = {},
): Promise<SelfServiceSituation | undefined> => {
  const store = createSelfServiceStore(db);
  const person = await store.person(pensionerId, opts);
  if (!person) return undefined;
  return selfServiceSituation(
    store,
    person,
    {
      attemptLimit: deps.profile.selfService.attemptLimit,
      coveredSchemes: deps.profile.campaign.coveredSchemes,
    },
    deps.clock.now(),
  );
};
