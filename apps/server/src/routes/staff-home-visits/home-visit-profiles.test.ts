// The booking and fee rules read everything from the profile: the reference city and a made-up
// second city with other fees, another threshold and its own service area give other answers.
import { fileURLToPath } from 'node:url';
import { homeVisitFeeRuleOf, loadProfile } from '@lifecert/config';
import { quotedHomeVisitFee, settleHomeVisit, validateHomeVisitBooking } from '@lifecert/core';
import { describe, expect, it } from 'vitest';

const luoyang = await loadProfile();
const lanting = await loadProfile(
  fileURLToPath(
    new URL('../../../../../packages/config/src/test-fixtures/lanting-test.json', import.meta.url),
  ),
);
const booking = (districtCode: string) => ({
  address: '幸福路 8 号',
  districtCode,
  visitDate: '2018-08-02',
  people: 3,
});
const dates = { today: '2018-08-01' };

describe.each([
  ['luoyang', luoyang, '410303', '999901', [2500, 5000, 6000, 8000, 10_000]],
  ['lanting', lanting, '999901', '410303', [3000, 6000, 9000, 12_000, 12_000]],
] as const)('the %s profile', (_, profile, inside, outside, totals) => {
  const rule = homeVisitFeeRuleOf(profile);

  it('books inside its own service area only', () => {
    const area = { ...dates, serviceArea: profile.homeVisit.serviceArea };
    expect(validateHomeVisitBooking(booking(inside), area).ok).toBe(true);
    expect(validateHomeVisitBooking(booking(outside), area)).toMatchObject({
      error: { code: 'home_visit_outside_service_area' },
    });
  });

  it('quotes its own fees for one to five people', () => {
    const quoted = [1, 2, 3, 4, 5].map((n) => {
      const fee = quotedHomeVisitFee(rule, n);
      return fee.ok ? fee.value.totalFen : null;
    });
    expect(quoted).toEqual(totals);
  });

  it('settles three people served at its reduced-or-not rate', () => {
    const total = totals[2];
    const settled = settleHomeVisit(rule, ['certified', 'certified', 'certified'], {
      amountFen: total,
      method: 'cash',
      receiptNo: 'R-1',
    });
    expect(settled).toMatchObject({ ok: true, value: { totalFen: total } });
  });
});
