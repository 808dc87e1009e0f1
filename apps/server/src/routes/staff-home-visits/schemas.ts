import { HOME_VISIT_OUTCOMES, HOME_VISIT_STATES, PAYMENT_METHODS } from '@lifecert/core';
import { z } from 'zod';

// Lengths here only stop abuse; the domain rules give the precise, translated errors.
export const BookVisitBody = z.object({
  address: z.string().max(1000),
  districtCode: z.string().max(12),
  visitDate: z.string().max(20),
  pensionerIds: z.array(z.uuid()).min(1).max(50),
});

export const AddPeopleBody = z.object({ pensionerIds: z.array(z.uuid()).min(1).max(50) });

export const CancelVisitBody = z.object({ reason: z.string().max(1000) });

export const VisitParams = z.object({ id: z.uuid() });
export const VisitPersonParams = z.object({ id: z.uuid(), pensionerId: z.uuid() });

export const DayQuery = z.object({ date: z.string().max(20).optional() });

export const IdCheckBody = z.object({ reason: z.string().max(1000) });

export const OutcomeBody = z.object({ outcome: z.enum(['certified', 'not_at_home']) });

export const CompleteBody = z.object({
  payment: z
    .object({
      amountFen: z.number().int().min(0).max(10_000_000),
      method: z.enum(PAYMENT_METHODS),
      receiptNo: z.string().max(100),
    })
    .nullable(),
});

const LocalizedName = z.object({ 'zh-CN': z.string(), en: z.string() });
const Fee = z.object({ people: z.number(), perPersonFen: z.number(), totalFen: z.number() });

export const VisitReply = z.object({
  id: z.string(),
  state: z.enum(HOME_VISIT_STATES),
  address: z.string(),
  districtCode: z.string(),
  districtName: LocalizedName.nullable(),
  visitDate: z.string(),
  bookedAt: z.string(),
  closedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  people: z.array(
    z.object({
      pensionerId: z.string(),
      name: z.string(),
      /** masked: enough to compare with the card in hand, not to copy */
      idNumber: z.string(),
      outcome: z.enum(HOME_VISIT_OUTCOMES),
      certificateNo: z.string().nullable(),
    }),
  ),
  /** what was quoted at booking: everyone on the visit */
  fee: Fee,
  /** what is due now: the people certified so far (null while nobody is) */
  due: Fee.nullable(),
  payment: z
    .object({ amountFen: z.number(), method: z.enum(PAYMENT_METHODS), receiptNo: z.string() })
    .nullable(),
});

export const DayReply = z.object({ date: z.string(), visits: z.array(VisitReply) });

export const PersonParams = z.object({ pensionerId: z.uuid() });

export const PersonVisitReply = z.object({
  booked: z.object({ id: z.string(), visitDate: z.string() }).nullable(),
});
