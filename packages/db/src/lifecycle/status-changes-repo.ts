import { sql, type Kysely } from 'kysely';
import type { BenefitChange, BenefitChangeReason } from '@lifecert/core';
import type { Database } from '../schema.ts';

/** The latest reason for someone's payment status; what their login and staff record show. */
export const latestBenefitChange = async (
  db: Kysely<Database>,
  pensionerId: string,
): Promise<BenefitChange | null> => {
  const { rows } = await sql<{
    reason: BenefitChangeReason;
    effective_on: string;
    year: number | null;
  }>`
    select s.reason, s.effective_on::text as effective_on, c.year
    from benefit_status_changes s left join campaigns c on c.id = s.campaign_id
    where s.pensioner_id = ${pensionerId}
    order by s.id desc limit 1`.execute(db);
  const r = rows[0];
  return r ? { reason: r.reason, effectiveOn: r.effective_on, campaignYear: r.year } : null;
};
