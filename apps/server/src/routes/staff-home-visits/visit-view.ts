import { homeVisitFeeRuleOf, type Profile } from '@lifecert/config';
import { homeVisitFee, type HomeVisitFeeRule } from '@lifecert/core';
import type { Database, HomeVisit } from '@lifecert/db';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { maskIdNumber } from '../self-service/me-routes.ts';
import type { VisitReply } from './schemas.ts';

const feeOf = (rule: HomeVisitFeeRule, people: number) => {
  const fee = homeVisitFee(rule, people);
  return fee.ok ? fee.value : null;
};

/** The reply shape of a visit: fees by the profile's rule, ID numbers masked. */
export const visitView = async (
  db: Kysely<Database>,
  profile: Profile,
  v: HomeVisit,
): Promise<z.infer<typeof VisitReply>> => {
  const rule = homeVisitFeeRuleOf(profile);
  const certIds = v.people.flatMap((p) => (p.certificationId ? [p.certificationId] : []));
  const numbers = new Map(
    certIds.length === 0
      ? []
      : (
          await db
            .selectFrom('certifications')
            .select(['id', 'certificate_no'])
            .where('id', 'in', certIds)
            .execute()
        ).map((c) => [c.id, c.certificate_no]),
  );
  const served = v.people.filter((p) => p.outcome === 'certified').length;
  return {
    id: v.id,
    state: v.state,
    address: v.address,
    districtCode: v.districtCode,
    districtName: profile.districts.find((d) => d.code === v.districtCode)?.name ?? null,
    visitDate: v.visitDate,
    bookedAt: new Date(v.bookedAtMs).toISOString(),
    closedAt: v.closedAtMs === null ? null : new Date(v.closedAtMs).toISOString(),
    cancelReason: v.cancelReason,
    people: v.people.map((p) => ({
      pensionerId: p.pensionerId,
      name: p.name,
      idNumber: maskIdNumber(p.idNumber),
      outcome: p.outcome,
      certificateNo: p.certificationId ? (numbers.get(p.certificationId) ?? null) : null,
    })),
    fee: feeOf(rule, v.people.length) ?? { people: 0, perPersonFen: 0, totalFen: 0 },
    due: served === 0 ? null : feeOf(rule, served),
    payment:
      v.paidFen !== null && v.paymentMethod !== null && v.receiptNo !== null
        ? { amountFen: v.paidFen, method: v.paymentMethod, receiptNo: v.receiptNo }
        : null,
  };
};
