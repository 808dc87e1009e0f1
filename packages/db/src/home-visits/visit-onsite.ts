import type { HomeVisitSettlement } from '@lifecert/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { homeVisitDb } from './schema.ts';
import type { HomeVisit } from './visit-read.ts';
import { auditHomeVisit, closeBookedVisit, type HomeVisitActor } from './visit-write.ts';

/**
 * The certification a person received on a home visit this campaign (face through the staff
 * face API, or an in-person ID check), newest first; the courier marks "done" only against it.
 */
export const homeVisitCertificationOf = async (
  db: Kysely<Database>,
  pensionerId: string,
  campaignId: string,
  sinceMs: number,
): Promise<string | undefined> => {
  const row = await db
    .selectFrom('certifications')
    .select('id')
    .where('pensioner_id', '=', pensionerId)
    .where('campaign_id', '=', campaignId)
    .where('channel', '=', 'home_visit')
    .where('certified_at', '>=', new Date(sinceMs))
    .orderBy('certified_at', 'desc')
    .executeTakeFirst();
  return row?.id;
};

/** Records what the courier found for one person; false when it was already recorded. */
export const markHomeVisitPerson = async (
  trx: Transaction<Database>,
  m: {
    visitId: string;
    pensionerId: string;
    outcome: 'certified' | 'not_at_home';
    certificationId: string | null;
  },
  actor: HomeVisitActor,
): Promise<boolean> => {
  const r = await homeVisitDb(trx)
    .updateTable('home_visit_people')
    .set({
      outcome: m.outcome,
      certification_id: m.certificationId,
      marked_by: actor.staffId,
      marked_at: new Date(actor.atMs),
    })
    .where('visit_id', '=', m.visitId)
    .where('pensioner_id', '=', m.pensionerId)
    .where('outcome', '=', 'pending')
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await auditHomeVisit(trx, actor, 'home_visit.person_marked', m.visitId, {
    pensionerId: m.pensionerId,
    outcome: m.outcome,
    certificationId: m.certificationId,
  });
  return true;
};

/** Completes a visit with its settlement (payment or none) and resolves its pending reviews. */
export const completeHomeVisit = (
  trx: Transaction<Database>,
  visit: HomeVisit,
  s: HomeVisitSettlement,
  actor: HomeVisitActor,
): Promise<void> =>
  closeBookedVisit(
    trx,
    visit,
    {
      state: 'completed',
      paid_fen: s.payment?.amountFen ?? null,
      per_person_fen: s.payment ? s.perPersonFen : null,
      payment_method: s.payment?.method ?? null,
      receipt_no: s.payment?.receiptNo ?? null,
    },
    actor,
    {
      served: s.served,
      notAtHome: visit.people.length - s.served,
      paidFen: s.payment?.amountFen ?? 0,
      perPersonFen: s.perPersonFen,
      paymentMethod: s.payment?.method ?? null,
      receiptNo: s.payment?.receiptNo ?? null,
    },
  );
