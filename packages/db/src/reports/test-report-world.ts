// A small campaign for report tests: twelve made-up people in two districts, every status and
// every kind of counted certification, with exact counts the tests assert. Not real people.
import type { Kysely } from 'kysely';
import { createCampaign, getCampaignByYear } from '../campaigns-repo.ts';
import { recordCertification } from '../certifications-repo.ts';
import {
  getPensionerByIdNumber,
  upsertPensioners,
  type PensionerImportRow,
} from '../pensioners-repo.ts';
import type { Campaign, Database } from '../schema.ts';
import { residentIdCheckDigit } from '../synthetic-pensioners.ts';
import { referenceCampaign } from '../test-campaigns.ts';

export const REPORT_DISTRICTS = { a: '410302', b: '410303' } as const;

/** Shanghai noon of 1 August 2018: inside the 2018 window (1 July to 31 October). */
export const REPORT_NOW_MS = Date.parse('2018-08-01T12:00:00+08:00');

type Cert = {
  at: string;
  channel: 'self_service' | 'counter' | 'bank' | 'offsite_form';
  method: 'face' | 'id_check' | 'form';
  /** another campaign's certification (the 2017 one) */
  previous?: boolean;
};

type WorldPerson = Partial<PensionerImportRow> & {
  key: string;
  certs?: Cert[];
  district?: 'a' | 'b';
  /** employed by the `employerOrgId` the seed is given */
  employer?: boolean;
};

const PEOPLE: WorldPerson[] = [
  {
    key: 'aFace',
    certs: [{ at: '2018-07-05T10:00:00+08:00', channel: 'self_service', method: 'face' }],
  },
  {
    key: 'aCounter',
    certs: [{ at: '2018-07-05T15:00:00+08:00', channel: 'counter', method: 'id_check' }],
  },
  {
    key: 'aForm',
    category: 'flexible_retiree',
    residence: 'elsewhere',
    residenceRegion: '北京市',
    // 00:30 in Shanghai is still the previous day in UTC: the day series must use Shanghai days.
    certs: [{ at: '2018-07-06T00:30:00+08:00', channel: 'offsite_form', method: 'form' }],
  },
  {
    key: 'aExempt',
    certs: [
      { at: '2018-03-01T10:00:00+08:00', channel: 'self_service', method: 'face', previous: true },
    ],
  },
  { key: 'aPending', mobile: '13812345678', contactName: '子女甲', address: '测试路1号' },
  { key: 'aSuspended', residence: 'abroad', residenceRegion: 'HK', benefitStatus: 'suspended' },
  { key: 'aTerminated', benefitStatus: 'terminated' },
  {
    key: 'bBank',
    district: 'b',
    category: 'institution_retiree',
    scheme: 'public_institution',
    employer: true,
    certs: [{ at: '2018-07-06T09:00:00+08:00', channel: 'bank', method: 'face' }],
  },
  { key: 'bPending', district: 'b', category: 'enterprise_survivor', mobile: '13900001111' },
  { key: 'bLateStart', district: 'b', benefitsStart: '2018-03-01' },
  {
    key: 'bCounter',
    district: 'b',
    certs: [{ at: '2018-07-06T16:00:00+08:00', channel: 'counter', method: 'id_check' }],
  },
  // Certified after the report's instant: still pending at REPORT_NOW_MS.
  {
    key: 'bFuture',
    district: 'b',
    certs: [{ at: '2018-08-02T10:00:00+08:00', channel: 'counter', method: 'id_check' }],
  },
];

export type ReportWorld = {
  campaign: Campaign;
  ids: Record<string, string>;
  idNumbers: Record<string, string>;
};

/**
 * Seeds the 2018 campaign (unless one exists) and the people; `employerOrgId` becomes the
 * employer of `bBank`, `bankCode` the paying bank of the district-b people.
 */
export const seedReportWorld = async (
  db: Kysely<Database>,
  opts: { employerOrgId?: string; bankCode?: string; serialBase?: number } = {},
): Promise<ReportWorld> => {
  const campaign =
    (await getCampaignByYear(db, 2018)) ??
    (await createCampaign(db, { ...referenceCampaign(2018), status: 'open' }));
  const previous =
    (await getCampaignByYear(db, 2017)) ??
    (await createCampaign(db, { ...referenceCampaign(2017), status: 'closed' }));
  const idNumbers: Record<string, string> = {};
  const rows = PEOPLE.map((p, i) => {
    const district = REPORT_DISTRICTS[p.district ?? 'a'];
    const first17 = `${district}19480203${String((opts.serialBase ?? 100) + i).padStart(3, '0')}`;
    const idNumber = first17 + residentIdCheckDigit(first17);
    idNumbers[p.key] = idNumber;
    const { key: _key, certs: _certs, district: _d, employer, ...fields } = p;
    return {
      idType: 'resident_id' as const,
      idNumber,
      name: `报表${String(i + 1).padStart(2, '0')}`,
      category: 'enterprise_retiree' as const,
      scheme: 'enterprise_employee' as const,
      districtCode: district,
      payingBankCode: p.district === 'b' ? (opts.bankCode ?? 'BOC') : 'CCB',
      bankAccountRef: null,
      employerOrgId: employer ? (opts.employerOrgId ?? null) : null,
      benefitsStart: '2005-06-01',
      residence: 'local' as const,
      residenceRegion: null,
      contactName: null,
      mobile: null,
      address: null,
      benefitStatus: 'active' as const,
      ...fields,
    } satisfies PensionerImportRow;
  });
  await upsertPensioners(db, rows);
  const ids: Record<string, string> = {};
  let n = 0;
  for (const p of PEOPLE) {
    const id = (await getPensionerByIdNumber(db, idNumbers[p.key]!))!.id;
    ids[p.key] = id;
    for (const c of p.certs ?? []) {
      await recordCertification(db, {
        pensioner_id: id,
        campaign_id: c.previous ? previous.id : campaign.id,
        channel: c.channel,
        method: c.method,
        certified_at: c.at,
        certificate_no: `RPT-${opts.serialBase ?? 100}-${n++}`,
        match_score: c.method === 'face' ? 0.9 : null,
      });
    }
  }
  return { campaign, ids, idNumbers };
};
