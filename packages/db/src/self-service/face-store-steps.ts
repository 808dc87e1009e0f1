import type { AuditNote, Channel } from '@lifecert/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import { appendAudit } from '../audit-log.ts';
import type { Database } from '../schema.ts';

// What the self-service store and the staff face certification store (staff/assisted-face-store.ts)
// write the same way: they differ in their attempts table, not in certificates or audit entries.

/** Runs `fn` in the connection's transaction, or in a new one when it has none. */
export const inTransactionOf =
  (db: Kysely<Database>) =>
  <T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> =>
    db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn);

/**
 * A face certification under a drawn number; false when the number is already taken. ON
 * CONFLICT keeps the transaction usable, so the caller can draw another.
 */
export const insertFaceCertification = async (
  db: Kysely<Database>,
  c: {
    id: string;
    pensionerId: string;
    campaignId: string;
    channel: Channel;
    /** the staff member who certified; null for self-service */
    operatorId: string | null;
    certifiedAtMs: number;
    certificateNo: string;
    matchScore: number | null;
  },
): Promise<boolean> => {
  const { rows } = await sql<{ id: string }>`
    insert into certifications
      (id, pensioner_id, campaign_id, channel, method, operator_id, certified_at,
       certificate_no, match_score)
    values (${c.id}, ${c.pensionerId}, ${c.campaignId}, ${c.channel}, 'face', ${c.operatorId},
      ${new Date(c.certifiedAtMs).toISOString()}, ${c.certificateNo}, ${c.matchScore})
    on conflict (certificate_no) do nothing
    returning id`.execute(db);
  return rows.length === 1;
};

/** The use cases' audit notes as entries of the hash-chained log, all at one moment. */
export const appendAuditNotes = (
  db: Kysely<Database>,
  atMs: number,
  channel: Channel,
  notes: AuditNote[],
): Promise<void> =>
  inTransactionOf(db)(async (trx) => {
    await appendAudit(
      trx,
      ...notes.map((n) => ({
        actor: n.actor,
        channel,
        action: n.action,
        entity: n.entity,
        entityId: n.entityId,
        at: new Date(atMs),
        ...(n.details ? { details: n.details } : {}),
      })),
    );
  });

/**
 * Why a challenge could not be consumed, from what its attempt row shows (undefined: no such
 * challenge for this person, or for this clerk).
 */
export const unconsumable = (
  seen: { outcome: string; consumed_at: Date | null } | undefined,
): 'not_found' | 'used' | 'expired' => {
  if (!seen) return 'not_found';
  if (seen.outcome !== 'started' || seen.consumed_at !== null) return 'used';
  return 'expired';
};
