import type { HomeVisitOutcome, HomeVisitState, PaymentMethod } from '@lifecert/core';
import type { Generated, Kysely } from 'kysely';
import type { Database } from '../schema.ts';

// The tables added by migration 0600, typed beside the code that uses them.
export type HomeVisitsTable = {
  id: Generated<string>;
  campaign_id: string;
  courier_org_id: string;
  address: string;
  district_code: string;
  /** returned as YYYY-MM-DD text (the select casts it) */
  visit_date: string;
  state: Generated<HomeVisitState>;
  booked_by: string;
  booked_at: Date;
  closed_by: string | null;
  closed_at: Date | null;
  cancel_reason: string | null;
  paid_fen: number | null;
  per_person_fen: number | null;
  payment_method: PaymentMethod | null;
  receipt_no: string | null;
};

export type HomeVisitPeopleTable = {
  visit_id: string;
  pensioner_id: string;
  pending_review_id: string;
  position: number;
  outcome: Generated<HomeVisitOutcome>;
  certification_id: string | null;
  marked_by: string | null;
  marked_at: Date | null;
};

export type HomeVisitDatabase = Database & {
  home_visits: HomeVisitsTable;
  home_visit_people: HomeVisitPeopleTable;
};

/** The same connection or transaction, typed with the home-visit tables. */
export const homeVisitDb = (db: Kysely<Database>): Kysely<HomeVisitDatabase> =>
  db as unknown as Kysely<HomeVisitDatabase>;
