import { homeVisitFeeRuleOf, type Profile } from '@lifecert/config';
import { gb11643CheckDigit, shanghaiDate, type Clock } from '@lifecert/core';
import {
  courierOrganisationId,
  getCampaignByYear,
  importPensioners,
  insertHomeVisit,
  type Database,
} from '@lifecert/db';
import type { Kysely } from 'kysely';

// Home visits on the demo system: made-up households (a sequence block, 7xx, registries do not
// issue) with visits booked by the demo counter clerk, so the courier's day list has work today
// (three people at one address: the reduced fee) and tomorrow (two people: the full fee).

const HOUSEHOLDS = [
  { names: ['钱淑珍', '钱德福', '钱桂香'], address: '中州东路 118 号 5 栋 1 单元 302', days: 0 },
  { names: ['吴振邦', '吴玉梅'], address: '九都西路 26 号院 3 号楼 601', days: 1 },
] as const;

export async function seedHomeVisitDemo(
  db: Kysely<Database>,
  profile: Profile,
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  const campaign = await getCampaignByYear(db, Number(shanghaiDate(now).slice(0, 4)));
  const courierOrgId = await courierOrganisationId(db, profile.homeVisit.courier.code);
  const counter = await db
    .selectFrom('staff_accounts')
    .select('id')
    .where('username', '=', 'counter')
    .executeTakeFirst();
  const district = profile.homeVisit.serviceArea[0];
  if (!campaign || !courierOrgId || !counter || !district) return;
  // Fails loudly if the profile's rule ever made a demo visit free.
  if (homeVisitFeeRuleOf(profile).perPersonFen <= 0) throw new Error('home-visit fee must be > 0');

  let serial = 0;
  const people = HOUSEHOLDS.flatMap((h) =>
    h.names.map((name) => {
      const body = `${district}1938041${serial % 10}7${String(serial++).padStart(2, '0')}`;
      return {
        idType: 'resident_id' as const,
        idNumber: `${body}${gb11643CheckDigit(body)}`,
        name,
        category: 'enterprise_retiree' as const,
        scheme: 'enterprise_employee' as const,
        districtCode: district,
        payingBankCode: profile.payingBanks[0]?.code ?? null,
        bankAccountRef: null,
        employerOrgId: null,
        benefitsStart: '1998-05-01',
        residence: 'local' as const,
        residenceRegion: null,
        contactName: null,
        mobile: null,
        address: null,
        benefitStatus: 'active' as const,
      };
    }),
  );
  await importPensioners(db, people, {
    actor: { kind: 'system', id: null },
    channel: 'demo',
    source: { kind: 'demo' },
  });
  const ids = new Map(
    (
      await db
        .selectFrom('pensioners')
        .select(['id', 'name'])
        .where(
          'id_number',
          'in',
          people.map((p) => p.idNumber),
        )
        .execute()
    ).map((r) => [r.name, r.id]),
  );
  await db.transaction().execute(async (trx) => {
    for (const h of HOUSEHOLDS) {
      await insertHomeVisit(
        trx,
        {
          campaignId: campaign.id,
          courierOrgId,
          address: h.address,
          districtCode: district,
          visitDate: shanghaiDate(now + h.days * 86_400_000),
          pensionerIds: h.names.map((n) => ids.get(n)!),
        },
        { staffId: counter.id, channel: 'demo', atMs: now },
      );
    }
  });
}
