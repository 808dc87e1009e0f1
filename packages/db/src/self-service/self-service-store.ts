import {
  isChallengeAction,
  type ConsumeResult,
  type SelfCampaign,
  type SelfServiceStore,
} from '@lifecert/core';
import type { Kysely } from 'kysely';
import type { Campaign, Database } from '../schema.ts';
import {
  appendAuditNotes,
  inTransactionOf,
  insertFaceCertification,
  unconsumable,
} from './face-store-steps.ts';
import { selfDb } from './schema.ts';

const toCampaign = (c: Campaign): SelfCampaign => ({
  id: c.id,
  year: c.year,
  state: c.status,
  windowStart: c.window_start,
  windowEnd: c.window_end,
  cutoff: c.cutoff_date,
  exemptionDate: c.exemption_date,
});

const floatsFromBytes = (bytes: Uint8Array): Float32Array => {
  const copy = bytes.slice();
  return new Float32Array(copy.buffer, copy.byteOffset, copy.byteLength / 4);
};

/** The self-service use cases' store on Kysely, for PostgreSQL and PGlite alike. */
export const createSelfServiceStore = (db: Kysely<Database>): SelfServiceStore => {
  const s = selfDb(db);
  const inTransaction = inTransactionOf(db);

  return {
    transaction: (fn) => inTransaction((trx) => fn(createSelfServiceStore(trx))),

    async person(id, opts) {
      let q = db.selectFrom('pensioners').selectAll().where('id', '=', id);
      if (opts?.lock) q = q.forUpdate();
      const p = await q.executeTakeFirst();
      if (!p) return undefined;
      return {
        id: p.id,
        scheme: p.scheme,
        benefitStatus: p.benefit_status,
        benefitsStart: p.benefits_start,
        contactComplete: Boolean(p.contact_name && p.mobile && p.address),
      };
    },

    async campaignOfYear(year) {
      const c = await db
        .selectFrom('campaigns')
        .selectAll()
        .where('year', '=', year)
        .executeTakeFirst();
      return c && toCampaign(c);
    },

    async campaignById(id) {
      const c = await db
        .selectFrom('campaigns')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return c && toCampaign(c);
    },

    async certifications(pensionerId) {
      const rows = await db
        .selectFrom('certifications')
        .select(['campaign_id', 'channel', 'method', 'certified_at', 'certificate_no'])
        .where('pensioner_id', '=', pensionerId)
        .orderBy('certified_at', 'desc')
        .execute();
      return rows.map((r) => ({
        campaignId: r.campaign_id,
        channel: r.channel,
        method: r.method,
        certifiedAtMs: r.certified_at.getTime(),
        certificateNo: r.certificate_no,
      }));
    },

    async failedAttemptsSinceReopen(pensionerId, campaignId) {
      const row = await s
        .selectFrom('self_service_attempts as a')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('a.pensioner_id', '=', pensionerId)
        .where('a.campaign_id', '=', campaignId)
        .where('a.outcome', '=', 'failed')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('self_service_reopenings as r')
                .select('r.id')
                .where('r.pensioner_id', '=', pensionerId)
                .where('r.campaign_id', '=', campaignId)
                .where('r.reopened_at', '>=', eb.ref('a.finished_at')),
            ),
          ),
        )
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async activeReference(pensionerId) {
      const r = await db
        .selectFrom('reference_photos')
        .select(['jpeg', 'embedding', 'model'])
        .where('pensioner_id', '=', pensionerId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!r) return undefined;
      return {
        jpeg: r.jpeg,
        embedding:
          r.embedding && r.model ? { vector: floatsFromBytes(r.embedding), model: r.model } : null,
      };
    },

    async openChallenge(c) {
      await s
        .updateTable('self_service_attempts')
        .set({ outcome: 'abandoned' })
        .where('pensioner_id', '=', c.pensionerId)
        .where('outcome', '=', 'started')
        .execute();
      const row = await s
        .insertInto('self_service_attempts')
        .values({
          pensioner_id: c.pensionerId,
          campaign_id: c.campaignId,
          started_at: new Date(c.issuedAtMs),
          challenge_hash: c.tokenHash,
          actions: JSON.stringify(c.actions),
          expires_at: new Date(c.expiresAtMs),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async consumeChallenge(tokenHash, pensionerId, nowMs): Promise<ConsumeResult> {
      // One conditional UPDATE: of two recordings racing for one challenge, exactly one wins.
      const won = await s
        .updateTable('self_service_attempts')
        .set({ consumed_at: new Date(nowMs) })
        .where('challenge_hash', '=', tokenHash)
        .where('pensioner_id', '=', pensionerId)
        .where('outcome', '=', 'started')
        .where('consumed_at', 'is', null)
        .where('expires_at', '>', new Date(nowMs))
        .returning(['id', 'campaign_id', 'actions', 'started_at', 'expires_at'])
        .executeTakeFirst();
      if (won) {
        return {
          attemptId: won.id,
          pensionerId,
          campaignId: won.campaign_id,
          actions: won.actions.filter(isChallengeAction),
          issuedAtMs: won.started_at.getTime(),
          expiresAtMs: won.expires_at!.getTime(),
        };
      }
      const seen = await s
        .selectFrom('self_service_attempts')
        .select(['outcome', 'consumed_at', 'expires_at'])
        .where('challenge_hash', '=', tokenHash)
        .where('pensioner_id', '=', pensionerId)
        .executeTakeFirst();
      return unconsumable(seen);
    },

    async finishAttempt(a) {
      await s
        .updateTable('self_service_attempts')
        .set({
          outcome: a.outcome,
          reasons: JSON.stringify(a.reasons),
          match_score: a.matchScore,
          finished_at: new Date(a.finishedAtMs),
        })
        .where('id', '=', a.attemptId)
        .execute();
    },

    insertCertification: (c) =>
      insertFaceCertification(db, { ...c, channel: 'self_service', operatorId: null }),

    async saveCertificatePhoto(certificationId, jpeg) {
      await s
        .insertInto('certification_photos')
        .values({ certification_id: certificationId, jpeg })
        .execute();
    },

    async recordReopen(r) {
      await s
        .insertInto('self_service_reopenings')
        .values({
          pensioner_id: r.pensionerId,
          campaign_id: r.campaignId,
          reopened_by: r.staffId,
          reopened_at: new Date(r.atMs),
        })
        .execute();
    },

    audit: (atMs, ...notes) => appendAuditNotes(db, atMs, 'self_service', notes),
  };
};
