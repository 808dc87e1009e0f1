import { isChallengeAction, type AssistedFaceStore, type ConsumeResult } from '@lifecert/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import {
  appendAuditNotes,
  inTransactionOf,
  insertFaceCertification,
  unconsumable,
} from '../self-service/face-store-steps.ts';
import { createSelfServiceStore } from '../self-service/self-service-store.ts';
import { assistedFaceDb } from './assisted-face-schema.ts';

/** The assisted face use cases' store on Kysely, for PostgreSQL and PGlite alike. */
export const createAssistedFaceStore = (db: Kysely<Database>): AssistedFaceStore => {
  const a = assistedFaceDb(db);
  const inTransaction = inTransactionOf(db);

  return {
    self: createSelfServiceStore(db),
    transaction: (fn) => inTransaction((trx) => fn(createAssistedFaceStore(trx))),

    async openChallenge(c) {
      await a
        .updateTable('assisted_face_attempts')
        .set({ outcome: 'abandoned' })
        .where('pensioner_id', '=', c.pensionerId)
        .where('staff_id', '=', c.staffId)
        .where('outcome', '=', 'started')
        .execute();
      const row = await a
        .insertInto('assisted_face_attempts')
        .values({
          pensioner_id: c.pensionerId,
          campaign_id: c.campaignId,
          staff_id: c.staffId,
          organisation_id: c.organisationId,
          channel: c.channel,
          challenge_hash: c.tokenHash,
          actions: JSON.stringify(c.actions),
          issued_at: new Date(c.issuedAtMs),
          expires_at: new Date(c.expiresAtMs),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async consumeChallenge(tokenHash, pensionerId, staffId, nowMs): Promise<ConsumeResult> {
      // One conditional UPDATE: of two recordings racing for one challenge, exactly one wins.
      const won = await a
        .updateTable('assisted_face_attempts')
        .set({ consumed_at: new Date(nowMs) })
        .where('challenge_hash', '=', tokenHash)
        .where('pensioner_id', '=', pensionerId)
        .where('staff_id', '=', staffId)
        .where('outcome', '=', 'started')
        .where('consumed_at', 'is', null)
        .where('expires_at', '>', new Date(nowMs))
        .returning(['id', 'campaign_id', 'actions', 'issued_at', 'expires_at'])
        .executeTakeFirst();
      if (won) {
        return {
          attemptId: won.id,
          pensionerId,
          campaignId: won.campaign_id,
          actions: won.actions.filter(isChallengeAction),
          issuedAtMs: won.issued_at.getTime(),
          expiresAtMs: won.expires_at.getTime(),
        };
      }
      // Another clerk's challenge answers like one that does not exist.
      const seen = await a
        .selectFrom('assisted_face_attempts')
        .select(['outcome', 'consumed_at'])
        .where('challenge_hash', '=', tokenHash)
        .where('pensioner_id', '=', pensionerId)
        .where('staff_id', '=', staffId)
        .executeTakeFirst();
      return unconsumable(seen);
    },

    async finishAttempt(f) {
      await a
        .updateTable('assisted_face_attempts')
        .set({
          outcome: f.outcome,
          reasons: JSON.stringify(f.reasons),
          match_score: f.matchScore,
          finished_at: new Date(f.finishedAtMs),
          certification_id: f.certificationId,
        })
        .where('id', '=', f.attemptId)
        .execute();
    },

    insertCertification: (c) => insertFaceCertification(db, c),

    audit: (atMs, channel, ...notes) => appendAuditNotes(db, atMs, channel, notes),
  };
};

/** The JPEG kept from a face certification of this person, or undefined. */
export const certificationPhotoOf = async (
  db: Kysely<Database>,
  pensionerId: string,
  certificateNo: string,
): Promise<Uint8Array | undefined> => {
  const row = await sql<{ jpeg: Uint8Array }>`
    select p.jpeg from certification_photos p
    join certifications c on c.id = p.certification_id
    where c.pensioner_id = ${pensionerId} and c.certificate_no = ${certificateNo}`.execute(db);
  return row.rows[0]?.jpeg;
};

/** Assisted attempts of a person in a campaign, newest first, for the person's page and tests. */
export const assistedFaceAttempts = (db: Kysely<Database>, pensionerId: string) =>
  assistedFaceDb(db)
    .selectFrom('assisted_face_attempts')
    .select([
      'id',
      'campaign_id',
      'staff_id',
      'organisation_id',
      'channel',
      'outcome',
      'reasons',
      'match_score',
      'issued_at',
      'finished_at',
      'certification_id',
    ])
    .where('pensioner_id', '=', pensionerId)
    .orderBy('issued_at', 'desc')
    .execute();
