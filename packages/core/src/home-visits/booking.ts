import type { DomainError } from '../errors.ts';
import { validateText } from '../field-validators.ts';
import { homeVisitFee, isInServiceArea, type HomeVisitFeeRule } from '../home-visit-fee.ts';
import { err, ok, type Result } from '../result.ts';
import { DAY_MS, parseShanghaiDate, shanghaiDate } from '../shanghai-time.ts';

/** A courier serves one household at a time; more than this is a booking mistake, not a visit. */
export const HOME_VISIT_MAX_PEOPLE = 10;
export const HOME_VISIT_ADDRESS_MAX = 200;
/**
 * How far ahead a visit may be booked. Not tied to the campaign window: a person waiting for the
 * courier is kept from suspension by the pending review, and a visit after the deadline is how
 * someone who cannot go out gets payment resumed.
 */
export const HOME_VISIT_MAX_DAYS_AHEAD = 30;

export type HomeVisitBookingInput = {
  address: string;
  districtCode: string;
  visitDate: string;
  people: number;
};

export type HomeVisitBooking = { address: string; districtCode: string; visitDate: string };

export type HomeVisitBookingRules = {
  serviceArea: readonly string[];
  /** Shanghai calendar day of the booking */
  today: string;
};

/**
 * Checks a booking before anything is written: the address must lie inside the service area,
 * the date from today to HOME_VISIT_MAX_DAYS_AHEAD days on, the visit must serve 1..max people.
 */
export const validateHomeVisitBooking = (
  input: HomeVisitBookingInput,
  rules: HomeVisitBookingRules,
): Result<HomeVisitBooking, DomainError> => {
  const address = validateText(input.address, HOME_VISIT_ADDRESS_MAX);
  if (!address.ok) return err({ code: address.error, field: 'address' });
  if (!isInServiceArea(rules.serviceArea, input.districtCode)) {
    return err({ code: 'home_visit_outside_service_area', field: 'districtCode' });
  }
  const todayMs = parseShanghaiDate(rules.today);
  if (parseShanghaiDate(input.visitDate) === null || todayMs === null) {
    return err({ code: 'date_invalid', field: 'visitDate' });
  }
  const lastDay = shanghaiDate(todayMs + HOME_VISIT_MAX_DAYS_AHEAD * DAY_MS);
  // ISO dates compare correctly as strings.
  if (input.visitDate < rules.today || input.visitDate > lastDay) {
    return err({ code: 'home_visit_date_out_of_range', field: 'visitDate' });
  }
  const people = checkVisitSize(input.people);
  if (!people.ok) return err({ code: people.error, field: 'pensionerIds' });
  return ok({
    address: address.value,
    districtCode: input.districtCode,
    visitDate: input.visitDate,
  });
};

export const checkVisitSize = (
  people: number,
): Result<number, 'home_visit_no_people' | 'home_visit_too_many_people'> => {
  if (!Number.isSafeInteger(people) || people < 1) return err('home_visit_no_people');
  if (people > HOME_VISIT_MAX_PEOPLE) return err('home_visit_too_many_people');
  return ok(people);
};

/** The fee quoted at booking: every person on the visit, at the rate their number earns. */
export const quotedHomeVisitFee = (rule: HomeVisitFeeRule, people: number) =>
  homeVisitFee(rule, people);
