import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { homeVisitFee, isInServiceArea, type HomeVisitFeeRule } from './home-visit-fee.ts';

const luoyang: HomeVisitFeeRule = {
  perPersonFen: 2500,
  reducedPerPersonFen: 2000,
  reducedWhenMoreThan: 2,
};

describe('homeVisitFee', () => {
  it('charges 25 CNY a person, 20 a person when a visit serves more than two', () => {
    expect(homeVisitFee(luoyang, 1)).toEqual({
      ok: true,
      value: { people: 1, perPersonFen: 2500, totalFen: 2500 },
    });
    expect(homeVisitFee(luoyang, 2)).toEqual({
      ok: true,
      value: { people: 2, perPersonFen: 2500, totalFen: 5000 },
    });
    expect(homeVisitFee(luoyang, 3)).toEqual({
      ok: true,
      value: { people: 3, perPersonFen: 2000, totalFen: 6000 },
    });
  });

  it('follows any profile rule and stays in whole fen', () => {
    const ruleArb = fc.record({
      perPersonFen: fc.integer({ min: 0, max: 100_000 }),
      reducedPerPersonFen: fc.integer({ min: 0, max: 100_000 }),
      reducedWhenMoreThan: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(ruleArb, fc.integer({ min: 1, max: 50 }), (rule, people) => {
        const fee = homeVisitFee(rule, people);
        if (!fee.ok) throw new Error(fee.error);
        const expected =
          people > rule.reducedWhenMoreThan ? rule.reducedPerPersonFen : rule.perPersonFen;
        expect(fee.value.perPersonFen).toBe(expected);
        expect(fee.value.totalFen).toBe(expected * people);
        expect(Number.isInteger(fee.value.totalFen)).toBe(true);
      }),
    );
  });

  it('refuses visits for no one or a fraction of a person', () => {
    for (const people of [0, -1, 1.5, Number.NaN]) {
      expect(homeVisitFee(luoyang, people)).toEqual({ ok: false, error: 'home_visit_no_people' });
    }
  });

  it('checks the service area by district code', () => {
    expect(isInServiceArea(['410305', '410311'], '410311')).toBe(true);
    expect(isInServiceArea(['410305', '410311'], '410102')).toBe(false);
  });
});
