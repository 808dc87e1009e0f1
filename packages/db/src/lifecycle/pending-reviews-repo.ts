import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type PendingReviewKind = 'offsite_form' | 'overseas_document' | 'home_visit';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The contract for the offsite-form, overseas-document and home-visit features: open a row when
 * a proof arrives or a visit is booked, resolve it when decided. Close-out never suspends a
 * person with an open row.
 */
export const openPendingReview = async (
  db: Kysely<Database>,
  r: { pensionerId: string; campaignId: string; kind: PendingReviewKind; openedAtMs: number },
): Promise<string> => {
  const { rows } = await sql<{ id: string }>`
    insert into pending_reviews (pensioner_id, campaign_id, kind, opened_at)
    values (${r.pensionerId}, ${r.campaignId}, ${r.kind}, ${iso(r.openedAtMs)})
    returning id`.execute(db);
  return rows[0]!.id;
};

export const resolvePendingReview = async (
  db: Kysely<Database>,
  id: string,
  resolvedAtMs: number,
): Promise<boolean> => {
  const r = await sql`
    update pending_reviews set resolved_at = ${iso(resolvedAtMs)}
    where id = ${id} and resolved_at is null`.execute(db);
  return Number(r.numAffectedRows ?? 0n) === 1;
};
