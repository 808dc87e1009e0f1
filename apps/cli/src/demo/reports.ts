import type { Profile } from '@lifecert/config';
import {
  gb11643CheckDigit,
  PENSIONER_CATEGORIES,
  shanghaiDate,
  type CertificationMethod,
  type Channel,
  type Clock,
} from '@lifecert/core';
import {
  appendAudit,
  getCampaignByYear,
  importPensioners,
  type Database,
  type PensionerImportRow,
} from '@lifecert/db';
import type { Kysely } from 'kysely';

// Reports on the demo system: made-up people (a sequence block, 8xx, registries do not issue)
// with this campaign's certifications spread over channels and the last days, so the progress
// page has bars and a line to show. The other demo people are left uncertified for other demos.

const PEOPLE = 90;
const SURNAMES = ['马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁'];
const GIVEN = ['永安', '福生', '桂芳', '秀珍', '德胜', '丽华', '金花', '长青', '树林'];

// Channel and method of the i-th certified person; ID checks are a few, as in practice.
const HOW: readonly (readonly [Channel, CertificationMethod])[] = [
  ['self_service', 'face'],
  ['self_service', 'face'],
  ['self_service', 'face'],
  ['counter', 'face'],
  ['counter', 'id_check'],
  ['bank', 'face'],
  ['employer', 'face'],
  ['home_visit', 'face'],
  ['offsite_form', 'form'],
  ['overseas_document', 'document'],
];

export async function seedReportsDemo(
  db: Kysely<Database>,
  profile: Profile,
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  const campaign = await getCampaignByYear(db, Number(shanghaiDate(now).slice(0, 4)));
  if (!campaign) return;
  const districts = profile.districts.map((d) => d.code);
  const people = Array.from({ length: PEOPLE }, (_, i): PensionerImportRow => {
    const district = districts[i % Math.min(districts.length, 6)]!;
    const body = `${district}19${45 + (i % 15)}0${1 + (i % 9)}1${i % 10}8${String(i).padStart(2, '0')}`;
    const category = PENSIONER_CATEGORIES[i % PENSIONER_CATEGORIES.length]!;
    const residence = i % 10 === 8 ? 'elsewhere' : i % 10 === 9 ? 'abroad' : 'local';
    const scheme =
      category === 'institution_retiree' ? 'public_institution' : 'enterprise_employee';
    return {
      idType: 'resident_id',
      idNumber: `${body}${gb11643CheckDigit(body)}`,
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
      category,
      scheme,
      districtCode: district,
      payingBankCode: profile.payingBanks[i % profile.payingBanks.length]?.code ?? null,
      bankAccountRef: null,
      employerOrgId: null,
      benefitsStart: `${2001 + (i % 15)}-0${1 + (i % 9)}-01`,
      residence,
      residenceRegion: residence === 'abroad' ? 'CA' : residence === 'elsewhere' ? '440300' : null,
      contactName: null,
      mobile: i % 2 === 0 ? `1370379${String(2000 + i)}` : null,
      address: null,
      benefitStatus: 'active',
    };
  });
  await importPensioners(db, people, {
    actor: { kind: 'system', id: null },
    channel: 'demo',
    source: { kind: 'demo' },
  });
  const ids = new Map(
    (
      await db
        .selectFrom('pensioners')
        .select(['id', 'id_number'])
        .where(
          'id_number',
          'in',
          people.map((p) => p.idNumber),
        )
        .execute()
    ).map((r) => [r.id_number, r.id]),
  );
  // About two thirds certified, over the last two weeks of the window so far.
  const windowStartMs = Date.parse(`${campaign.window_start}T00:00:00+08:00`);
  const rows = people.flatMap((p, i) => {
    if (i % 3 === 2) return [];
    const [channel, method] = HOW[i % HOW.length]!;
    const daysAgo = i % 14;
    const at = Math.max(windowStartMs, now - daysAgo * 86_400_000 - (i % 7) * 3_600_000);
    return [
      {
        pensioner_id: ids.get(p.idNumber)!,
        campaign_id: campaign.id,
        channel,
        method,
        certified_at: new Date(Math.min(at, now)),
        certificate_no: `DEMO-RPT-${campaign.year}-${String(i).padStart(3, '0')}`,
        match_score: method === 'face' ? 0.82 : null,
      },
    ];
  });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('certifications').values(rows).execute();
    await appendAudit(trx, {
      actor: { kind: 'system', id: null },
      channel: 'demo',
      action: 'demo.certifications_seeded',
      entity: 'campaign',
      entityId: campaign.id,
      details: { certifications: rows.length, purpose: 'reports demo' },
    });
  });
}
