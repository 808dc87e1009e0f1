import { monthIndexAt, monthIndexOf, monthStart } from './month.ts';

/**
 * Monthly payments withheld by a suspension and owed back when it is lifted.
 * A suspension stops payment from the month after it is committed; resumption restarts regular
 * payment from the month after it is committed. The months in between, the resumption's month
 * included, are paid back as arrears. Both in the same month: nothing was withheld.
 */
export const arrearsMonths = (suspendedAtMs: number, resumedAtMs: number): number =>
  Math.max(0, monthIndexAt(resumedAtMs) - monthIndexAt(suspendedAtMs));

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
