import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { selfDb } from './schema.ts';

/** The certification photo, only when the certificate belongs to `pensionerId`. */
export const ownCertificatePhoto = async (
  db: Kysely<Database>,
  pensionerId: string,
  certificateNo: string,
): Promise<Uint8Array | undefined> => {
  const row = await selfDb(db)
    .selectFrom('certifications as c')
    .innerJoin('certification_photos as p', 'p.certification_id', 'c.id')
    .select('p.jpeg')
    .where('c.certificate_no', '=', certificateNo)
    .where('c.pensioner_id', '=', pensionerId)
    .executeTakeFirst();
  return row?.jpeg;
};
