import { monthIndexAt, monthIndexOf, monthStart } from './month.ts';

/**
 * Monthly payments withheld by a suspension and owed back once the person certifies.
 * A suspension stops payment from the month after it is committed; a certification restarts
 * regular payment from the month after it. The months in between, the certification's month
 * included, are paid back as arrears. Both in the same month: nothing was withheld.
 */
export const arrearsMonths = (suspendedAtMs: number, certifiedAtMs: number): number =>
  Math.max(0, monthIndexAt(certifiedAtMs) - monthIndexAt(suspendedAtMs));

export type Overpayment = { firstMonth: string; months: number };

/**
 * Payments made after death, to recover. The benefit of the month of death is due; every later
 * month paid is an overpayment, up to the month the death was recorded (payment stops then), or
 * up to the month of a suspension that already stopped it. Null when nothing was overpaid.
 */
export const overpaymentAfterDeath = (input: {
  dateOfDeath: string;
  recordedAtMs: number;
  suspendedAtMs: number | null;
}): Overpayment | null => {
  const deathMonth = monthIndexOf(input.dateOfDeath);
  const recorded = monthIndexAt(input.recordedAtMs);
  const paidThrough =
    input.suspendedAtMs === null ? recorded : Math.min(recorded, monthIndexAt(input.suspendedAtMs));
  const months = paidThrough - deathMonth;
  return months > 0 ? { firstMonth: monthStart(deathMonth + 1), months } : null;
};
