import type { DomainError } from '../errors.ts';
import { homeVisitFee, type HomeVisitFeeRule } from '../home-visit-fee.ts';
import { err, ok, type Result } from '../result.ts';

export const HOME_VISIT_STATES = ['booked', 'completed', 'cancelled'] as const;
export type HomeVisitState = (typeof HOME_VISIT_STATES)[number];

/** What the courier found for each person on the visit. */
export const HOME_VISIT_OUTCOMES = ['pending', 'certified', 'not_at_home'] as const;
export type HomeVisitOutcome = (typeof HOME_VISIT_OUTCOMES)[number];

export const PAYMENT_METHODS = ['cash', 'qr_code'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const RECEIPT_NO_MAX = 40;

export type HomeVisitPayment = { amountFen: number; method: PaymentMethod; receiptNo: string };

export type HomeVisitSettlement = {
  served: number;
  perPersonFen: number;
  totalFen: number;
  payment: HomeVisitPayment | null;
};

/**
 * Closes a visit's accounts. Only people actually certified are charged, at the rate their
 * number earns (two served of three booked pay the full rate); nobody served means no payment.
 * The amount must equal the fee to the fen: the courier collects, the agency reconciles.
 */
export const settleHomeVisit = (
  rule: HomeVisitFeeRule,
  outcomes: readonly HomeVisitOutcome[],
  payment: HomeVisitPayment | null,
): Result<HomeVisitSettlement, DomainError> => {
  if (outcomes.length === 0) return err({ code: 'home_visit_no_people' });
  if (outcomes.includes('pending')) return err({ code: 'home_visit_people_unmarked' });
  const served = outcomes.filter((o) => o === 'certified').length;
  if (served === 0) {
    if (payment) return err({ code: 'home_visit_payment_mismatch', field: 'payment' });
    return ok({ served, perPersonFen: 0, totalFen: 0, payment: null });
  }
  const fee = homeVisitFee(rule, served);
  if (!fee.ok) return err({ code: fee.error });
  if (!payment) return err({ code: 'home_visit_payment_mismatch', field: 'payment' });
  if (payment.amountFen !== fee.value.totalFen) {
    return err({ code: 'home_visit_payment_mismatch', field: 'payment.amountFen' });
  }
  const receiptNo = payment.receiptNo.normalize('NFKC').trim();
  if (receiptNo === '') return err({ code: 'field_required', field: 'payment.receiptNo' });
  if (receiptNo.length > RECEIPT_NO_MAX || !/^[0-9A-Za-z-]+$/.test(receiptNo)) {
    return err({ code: 'value_not_allowed', field: 'payment.receiptNo' });
  }
  return ok({
    served,
    perPersonFen: fee.value.perPersonFen,
    totalFen: fee.value.totalFen,
    payment: { ...payment, receiptNo },
  });
};

/** Whether the courier can still record an outcome for a person of a visit. */
export const canMarkPerson = (
  state: HomeVisitState,
  outcome: HomeVisitOutcome,
): Result<true, 'home_visit_not_open' | 'home_visit_person_already_marked'> => {
  if (state !== 'booked') return err('home_visit_not_open');
  if (outcome !== 'pending') return err('home_visit_person_already_marked');
  return ok(true);
};
