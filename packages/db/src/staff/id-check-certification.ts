import type { Channel } from '@lifecert/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import { appendAudit } from '../audit-log.ts';
import type { Database } from '../schema.ts';
import { staffDb } from './schema.ts';

export type IdCheckCertification = {
  certificationId: string;
  pensionerId: string;
  campaignId: string;
  channel: Channel;
  staffId: string;
  organisationId: string;
  reason: string;
  certifiedAtMs: number;
  certificateNo: string;
};

/**
 * Stores an in-person ID check with its reason and audits it, in the caller's transaction.
 * Returns false when the drawn certificate number is taken, so the caller draws another.
 */
export const insertIdCheckCertification = async (
  trx: Transaction<Database>,
  c: IdCheckCertification,
): Promise<boolean> => {
  // ON CONFLICT keeps the transaction usable when a drawn number is already taken.
  const { rows } = await sql<{ id: string }>`
    insert into certifications
      (id, pensioner_id, campaign_id, channel, method, operator_id, certified_at, certificate_no)
    values (${c.certificationId}, ${c.pensionerId}, ${c.campaignId}, ${c.channel}, 'id_check',
      ${c.staffId}, ${new Date(c.certifiedAtMs).toISOString()}, ${c.certificateNo})
    on conflict (certificate_no) do nothing
    returning id`.execute(trx);
  if (rows.length === 0) return false;
  await staffDb(trx)
    .insertInto('assisted_id_checks')
    .values({
      certification_id: c.certificationId,
      reason: c.reason,
      recorded_by: c.staffId,
      organisation_id: c.organisationId,
    })
    .execute();
  await appendAudit(trx, {
    actor: { kind: 'staff', id: c.staffId },
    channel: c.channel,
    action: 'certification.recorded',
    entity: 'pensioner',
    entityId: c.pensionerId,
    at: new Date(c.certifiedAtMs),
    // The reason stays in its table: free text may carry personal data the chain must not.
    details: {
      certificationId: c.certificationId,
      campaignId: c.campaignId,
      method: 'id_check',
      organisationId: c.organisationId,
    },
  });
  return true;
};

/** How many certifications of a campaign were in-person ID checks, per channel. */
export const countIdCheckCertifications = async (
  db: Kysely<Database>,
  campaignId: string,
): Promise<Partial<Record<Channel, number>>> => {
  const rows = await staffDb(db)
    .selectFrom('assisted_id_checks as x')
    .innerJoin('certifications as c', 'c.id', 'x.certification_id')
    .select(['c.channel', (eb) => eb.fn.countAll<string>().as('n')])
    .where('c.campaign_id', '=', campaignId)
    .groupBy('c.channel')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.channel, Number(r.n)]));
};
