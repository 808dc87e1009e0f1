import type { StatusCertification, StatusRow } from '@lifecert/core';
import { campaignStatusInputs, type Campaign, type Database } from '@lifecert/db';
import type { Kysely } from 'kysely';

/** Adapts the database's status inputs to the shape core's summary takes. */
export async function* statusRows(
  db: Kysely<Database>,
  campaign: Pick<Campaign, 'id' | 'exemption_date'>,
): AsyncGenerator<StatusRow[]> {
  for await (const page of campaignStatusInputs(db, campaign)) {
    yield page.map((p) => {
      const certifications: StatusCertification[] = [];
      if (p.certifiedAtMs !== null && p.certifiedMethod !== null) {
        certifications.push({ certifiedAtMs: p.certifiedAtMs, method: p.certifiedMethod });
      }
      if (p.lastFaceAtMs !== null)
        certifications.push({ certifiedAtMs: p.lastFaceAtMs, method: 'face' });
      return {
        districtCode: p.districtCode,
        category: p.category,
        person: {
          scheme: p.scheme,
          benefitStatus: p.benefitStatus,
          benefitsStartMs: p.benefitsStartMs,
        },
        certifications,
      };
    });
  }
}
