import { err, ok, type Result } from './result.ts';

/** From the profile. Amounts in fen (1 CNY = 100 fen) so money stays in integers. */
export type HomeVisitFeeRule = {
  perPersonFen: number;
  reducedPerPersonFen: number;
  /** the reduced fee applies to everyone when one visit serves more than this many people */
  reducedWhenMoreThan: number;
};

export type HomeVisitFee = { people: number; perPersonFen: number; totalFen: number };

export const homeVisitFee = (
  rule: HomeVisitFeeRule,
  people: number,
): Result<HomeVisitFee, 'home_visit_no_people'> => {
  if (!Number.isSafeInteger(people) || people < 1) return err('home_visit_no_people');
  const perPersonFen =
    people > rule.reducedWhenMoreThan ? rule.reducedPerPersonFen : rule.perPersonFen;
  return ok({ people, perPersonFen, totalFen: perPersonFen * people });
};

export const isInServiceArea = (
  serviceAreaDistrictCodes: readonly string[],
  districtCode: string,
): boolean => serviceAreaDistrictCodes.includes(districtCode);
