import type { Kysely } from 'kysely';
import type { Certification, Database, NewCertification } from './schema.ts';

export const recordCertification = (
  db: Kysely<Database>,
  c: NewCertification,
): Promise<Certification> =>
  db.insertInto('certifications').values(c).returningAll().executeTakeFirstOrThrow();

export const listCertifications = (
  db: Kysely<Database>,
  pensionerId: string,
  campaignId?: string,
): Promise<Certification[]> => {
  let q = db.selectFrom('certifications').selectAll().where('pensioner_id', '=', pensionerId);
  if (campaignId !== undefined) q = q.where('campaign_id', '=', campaignId);
  return q.orderBy('certified_at', 'desc').execute();
};

export const getCertificationByNumber = (
  db: Kysely<Database>,
  certificateNo: string,
): Promise<Certification | undefined> =>
  db
    .selectFrom('certifications')
    .selectAll()
    .where('certificate_no', '=', certificateNo)
    .executeTakeFirst();
