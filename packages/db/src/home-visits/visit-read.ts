import type { HomeVisitOutcome, HomeVisitState, PaymentMethod } from '@lifecert/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { homeVisitDb } from './schema.ts';

export type HomeVisitPerson = {
  pensionerId: string;
  name: string;
  /** full; the route masks it for display */
  idNumber: string;
  districtCode: string;
  position: number;
  outcome: HomeVisitOutcome;
  certificationId: string | null;
  pendingReviewId: string;
};

export type HomeVisit = {
  id: string;
  campaignId: string;
  courierOrgId: string;
  address: string;
  districtCode: string;
  visitDate: string;
  state: HomeVisitState;
  bookedBy: string;
  bookedAtMs: number;
  closedAtMs: number | null;
  cancelReason: string | null;
  paidFen: number | null;
  perPersonFen: number | null;
  paymentMethod: PaymentMethod | null;
  receiptNo: string | null;
  people: HomeVisitPerson[];
};

const visitColumns = [
  'v.id',
  'v.campaign_id',
  'v.courier_org_id',
  'v.address',
  'v.district_code',
  sql<string>`to_char(v.visit_date, 'YYYY-MM-DD')`.as('visit_date'),
  'v.state',
  'v.booked_by',
  'v.booked_at',
  'v.closed_at',
  'v.cancel_reason',
  'v.paid_fen',
  'v.per_person_fen',
  'v.payment_method',
  'v.receipt_no',
] as const;

const peopleOf = async (db: Kysely<Database>, visitIds: string[]) => {
  if (visitIds.length === 0) return new Map<string, HomeVisitPerson[]>();
  const rows = await homeVisitDb(db)
    .selectFrom('home_visit_people as hp')
    .innerJoin('pensioners as p', 'p.id', 'hp.pensioner_id')
    .select([
      'hp.visit_id',
      'hp.pensioner_id',
      'hp.position',
      'hp.outcome',
      'hp.certification_id',
      'hp.pending_review_id',
      'p.name',
      'p.id_number',
      'p.district_code',
    ])
    .where('hp.visit_id', 'in', visitIds)
    .orderBy('hp.visit_id')
    .orderBy('hp.position')
    .execute();
  const byVisit = new Map<string, HomeVisitPerson[]>();
  for (const r of rows) {
    const list = byVisit.get(r.visit_id) ?? [];
    list.push({
      pensionerId: r.pensioner_id,
      name: r.name,
      idNumber: r.id_number,
      districtCode: r.district_code,
      position: r.position,
      outcome: r.outcome,
      certificationId: r.certification_id,
      pendingReviewId: r.pending_review_id,
    });
    byVisit.set(r.visit_id, list);
  }
  return byVisit;
};

type VisitRow = {
  id: string;
  campaign_id: string;
  courier_org_id: string;
  address: string;
  district_code: string;
  visit_date: string;
  state: HomeVisitState;
  booked_by: string;
  booked_at: Date;
  closed_at: Date | null;
  cancel_reason: string | null;
  paid_fen: number | null;
  per_person_fen: number | null;
  payment_method: PaymentMethod | null;
  receipt_no: string | null;
};

const toVisit = (r: VisitRow, people: HomeVisitPerson[]): HomeVisit => ({
  id: r.id,
  campaignId: r.campaign_id,
  courierOrgId: r.courier_org_id,
  address: r.address,
  districtCode: r.district_code,
  visitDate: r.visit_date,
  state: r.state,
  bookedBy: r.booked_by,
  bookedAtMs: new Date(r.booked_at).getTime(),
  closedAtMs: r.closed_at ? new Date(r.closed_at).getTime() : null,
  cancelReason: r.cancel_reason,
  paidFen: r.paid_fen,
  perPersonFen: r.per_person_fen,
  paymentMethod: r.payment_method,
  receiptNo: r.receipt_no,
  people,
});

/** One visit with its people in booking order; `lock` holds the visit row for the transaction. */
export const getHomeVisit = async (
  db: Kysely<Database>,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<HomeVisit | undefined> => {
  let q = homeVisitDb(db)
    .selectFrom('home_visits as v')
    .select(visitColumns)
    .where('v.id', '=', id);
  if (opts.lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  const people = await peopleOf(db, [row.id]);
  return toVisit(row, people.get(row.id) ?? []);
};

/** A courier organisation's visits of one Shanghai day, booked first, then by booking time. */
export const listCourierDay = async (
  db: Kysely<Database>,
  courierOrgId: string,
  visitDate: string,
): Promise<HomeVisit[]> => {
  const rows = await homeVisitDb(db)
    .selectFrom('home_visits as v')
    .select(visitColumns)
    .where('v.courier_org_id', '=', courierOrgId)
    .where('v.visit_date', '=', visitDate)
    .where('v.state', '!=', 'cancelled')
    .orderBy(sql`v.state = 'booked'`, 'desc')
    .orderBy('v.booked_at')
    .orderBy('v.id')
    .execute();
  const people = await peopleOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toVisit(r, people.get(r.id) ?? []));
};

/** The booked visit a person is on, if any (at most one by the booking rule). */
export const bookedVisitOf = async (
  db: Kysely<Database>,
  pensionerId: string,
): Promise<string | undefined> => {
  const row = await homeVisitDb(db)
    .selectFrom('home_visit_people as hp')
    .innerJoin('home_visits as v', 'v.id', 'hp.visit_id')
    .select('v.id')
    .where('hp.pensioner_id', '=', pensionerId)
    .where('v.state', '=', 'booked')
    .executeTakeFirst();
  return row?.id;
};

/** The id of the courier organisation named by the profile, when it has been seeded. */
export const courierOrganisationId = async (
  db: Kysely<Database>,
  code: string,
): Promise<string | undefined> => {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', 'courier')
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id;
};
