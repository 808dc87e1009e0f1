import { describe, expect, it } from 'vitest';
import { campaignRules } from './campaign.ts';
import { summariseCampaign, type StatusRow } from './campaign-summary.ts';
import { shanghaiDayStart } from './shanghai-time.ts';

const rules = campaignRules(
  {
    year: 2018,
    windowStart: '2018-07-01',
    windowEnd: '2018-10-31',
    cutoff: '2017-12-31',
    exemptionDate: '2018-01-01',
  },
  ['enterprise_employee', 'public_institution'],
);

const row = (districtCode: string, certifiedOn?: string): StatusRow => ({
  districtCode,
  category: 'enterprise_retiree',
  person: {
    scheme: 'enterprise_employee',
    benefitStatus: 'active',
    benefitsStartMs: shanghaiDayStart('2010-05-01'),
  },
  certifications: certifiedOn
    ? [{ certifiedAtMs: shanghaiDayStart(certifiedOn) + 3_600_000, method: 'face' }]
    : [],
});

// Each page waits a tick, as a database cursor would.
async function* pages(...ps: StatusRow[][]) {
  for (const p of ps) yield await Promise.resolve(p);
}

describe('summariseCampaign', () => {
  it('counts every person once, by status, district and category, across pages', async () => {
    const now = shanghaiDayStart('2018-11-05');
    const s = await summariseCampaign(
      pages([row('410305', '2018-08-01'), row('410305')], [row('410311', '2018-03-01')]),
      rules,
      now,
    );
    expect(s.total).toBe(3);
    expect(s.byStatus).toMatchObject({ certified: 1, overdue: 1, exempt: 1, pending: 0 });
    expect(s.byDistrict['410305']).toMatchObject({ certified: 1, overdue: 1 });
    expect(s.byDistrict['410311']).toMatchObject({ exempt: 1 });
    expect(s.byCategory.enterprise_retiree?.certified).toBe(1);
  });
});
