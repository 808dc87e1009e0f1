import { reopenSelfService as reopen } from '@lifecert/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { createSelfServiceStore } from './self-service-store.ts';

/** For the staff console: fresh self-service attempts for a person in a campaign, audited. */
export const reopenSelfService = (
  db: Kysely<Database>,
  personId: string,
  campaignId: string,
  staffId: string,
  atMs: number = Date.now(),
): Promise<void> => reopen(createSelfServiceStore(db), personId, campaignId, staffId, atMs);
