import { describe, expect, it } from 'vitest';
import type { HomeVisitFeeRule } from '../home-visit-fee.ts';
import {
  HOME_VISIT_MAX_PEOPLE,
  canMarkPerson,
  quotedHomeVisitFee,
  settleHomeVisit,
  validateHomeVisitBooking,
  type HomeVisitOutcome,
} from './index.ts';

// The two profiles' rules, written out: the reference city and the made-up second city.
const REFERENCE: HomeVisitFeeRule = {
  perPersonFen: 2500,
  reducedPerPersonFen: 2000,
  reducedWhenMoreThan: 2,
};
const SECOND_CITY: HomeVisitFeeRule = {
  perPersonFen: 3000,
  reducedPerPersonFen: 2400,
  reducedWhenMoreThan: 4,
};

const rules = { serviceArea: ['410302', '410303'], today: '2018-08-01' };
const booking = {
  address: '  西工区中州路 1 号 3 单元  ',
  districtCode: '410303',
  visitDate: '2018-08-02',
  people: 3,
};

describe('home-visit booking', () => {
  it('accepts an address in the service area and trims it', () => {
    expect(validateHomeVisitBooking(booking, rules)).toEqual({
      ok: true,
      value: {
        address: '西工区中州路 1 号 3 单元',
        districtCode: '410303',
        visitDate: '2018-08-02',
      },
    });
  });

  it('refuses a district outside the service area', () => {
    const r = validateHomeVisitBooking({ ...booking, districtCode: '410101' }, rules);
    expect(r).toEqual({
      ok: false,
      error: { code: 'home_visit_outside_service_area', field: 'districtCode' },
    });
    const second = validateHomeVisitBooking(booking, { ...rules, serviceArea: ['999901'] });
    expect(second.ok).toBe(false);
  });

  it.each([
    ['2018-07-31', 'home_visit_date_out_of_range'],
    ['2018-09-01', 'home_visit_date_out_of_range'],
    ['2018-02-30', 'date_invalid'],
    ['1 Aug', 'date_invalid'],
  ])('refuses the visit date %s (%s)', (visitDate, code) => {
    const r = validateHomeVisitBooking({ ...booking, visitDate }, rules);
    expect(r).toEqual({ ok: false, error: { code, field: 'visitDate' } });
  });

  it('accepts today and up to thirty days ahead, past the end of the month', () => {
    for (const visitDate of ['2018-08-01', '2018-08-31']) {
      expect(validateHomeVisitBooking({ ...booking, visitDate }, rules).ok).toBe(true);
    }
  });

  it('requires an address and 1..max people', () => {
    expect(validateHomeVisitBooking({ ...booking, address: '   ' }, rules)).toMatchObject({
      error: { code: 'field_required', field: 'address' },
    });
    expect(validateHomeVisitBooking({ ...booking, people: 0 }, rules)).toMatchObject({
      error: { code: 'home_visit_no_people' },
    });
    expect(
      validateHomeVisitBooking({ ...booking, people: HOME_VISIT_MAX_PEOPLE + 1 }, rules),
    ).toMatchObject({ error: { code: 'home_visit_too_many_people' } });
  });

  it('quotes 25 CNY each up to two people and 20 each from three (reference profile)', () => {
    expect(quotedHomeVisitFee(REFERENCE, 1)).toMatchObject({ value: { totalFen: 2500 } });
    expect(quotedHomeVisitFee(REFERENCE, 2)).toMatchObject({ value: { totalFen: 5000 } });
    expect(quotedHomeVisitFee(REFERENCE, 3)).toMatchObject({
      value: { perPersonFen: 2000, totalFen: 6000 },
    });
  });

  it("follows the second city's own rule, not the reference numbers", () => {
    expect(quotedHomeVisitFee(SECOND_CITY, 3)).toMatchObject({ value: { totalFen: 9000 } });
    expect(quotedHomeVisitFee(SECOND_CITY, 5)).toMatchObject({
      value: { perPersonFen: 2400, totalFen: 12_000 },
    });
  });
});

describe('home-visit settlement', () => {
  const cash = (amountFen: number) => ({ amountFen, method: 'cash' as const, receiptNo: 'R-0001' });
  const all = (n: number, o: HomeVisitOutcome = 'certified') => Array<HomeVisitOutcome>(n).fill(o);

  it('charges the people served at the reduced rate when more than two were served', () => {
    expect(settleHomeVisit(REFERENCE, all(3), cash(6000))).toEqual({
      ok: true,
      value: { served: 3, perPersonFen: 2000, totalFen: 6000, payment: cash(6000) },
    });
  });

  it('charges only the people served: two of three at home pay the full rate', () => {
    const outcomes: HomeVisitOutcome[] = ['certified', 'not_at_home', 'certified'];
    expect(settleHomeVisit(REFERENCE, outcomes, cash(5000))).toMatchObject({
      ok: true,
      value: { served: 2, perPersonFen: 2500, totalFen: 5000 },
    });
    expect(settleHomeVisit(REFERENCE, outcomes, cash(4000))).toEqual({
      ok: false,
      error: { code: 'home_visit_payment_mismatch', field: 'payment.amountFen' },
    });
  });

  it('refuses a wrong amount, a missing payment, or a payment when nobody was served', () => {
    expect(settleHomeVisit(REFERENCE, all(3), cash(7500)).ok).toBe(false);
    expect(settleHomeVisit(REFERENCE, all(1), null)).toMatchObject({
      error: { code: 'home_visit_payment_mismatch' },
    });
    expect(settleHomeVisit(REFERENCE, all(2, 'not_at_home'), cash(2500)).ok).toBe(false);
    expect(settleHomeVisit(REFERENCE, all(2, 'not_at_home'), null)).toEqual({
      ok: true,
      value: { served: 0, perPersonFen: 0, totalFen: 0, payment: null },
    });
  });

  it('needs every person marked first', () => {
    expect(settleHomeVisit(REFERENCE, ['certified', 'pending'], cash(2500))).toMatchObject({
      error: { code: 'home_visit_people_unmarked' },
    });
  });

  it('requires a plain receipt number', () => {
    expect(
      settleHomeVisit(REFERENCE, all(1), { amountFen: 2500, method: 'qr_code', receiptNo: ' ' }),
    ).toMatchObject({ error: { code: 'field_required', field: 'payment.receiptNo' } });
    expect(
      settleHomeVisit(REFERENCE, all(1), { amountFen: 2500, method: 'qr_code', receiptNo: 'a b' }),
    ).toMatchObject({ error: { code: 'value_not_allowed' } });
    expect(
      settleHomeVisit(REFERENCE, all(1), {
        amountFen: 2500,
        method: 'qr_code',
        receiptNo: ' ＥＭＳ-7 ',
      }),
    ).toMatchObject({ value: { payment: { receiptNo: 'EMS-7' } } });
  });

  it('lets the courier mark a person only once, on a booked visit', () => {
    expect(canMarkPerson('booked', 'pending').ok).toBe(true);
    expect(canMarkPerson('booked', 'certified')).toEqual({
      ok: false,
      error: 'home_visit_person_already_marked',
    });
    expect(canMarkPerson('completed', 'pending')).toEqual({
      ok: false,
      error: 'home_visit_not_open',
    });
  });
});
