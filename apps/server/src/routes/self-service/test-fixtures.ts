// Seeds for the self-service tests: an open campaign and made-up pensioners with valid numbers.
import { campaignDatesFor, type Profile } from '@lifecert/config';
import { gb11643CheckDigit, type Clock } from '@lifecert/core';
import {
  createCampaign,
  upsertPensioners,
  getPensionerByIdNumber,
  type Database,
} from '@lifecert/db';
import type { Kysely } from 'kysely';

/** A resident ID number of the first district in the profile, born in 1950, with its check digit. */
export const makeIdNumber = (serial: number, district = '410302'): string => {
  const body = `${district}19500101${String(serial).padStart(3, '0')}`;
  return body + gb11643CheckDigit(body);
};

export const seedCampaign = async (
  db: Kysely<Database>,
  profile: Profile,
  year = 2018,
  status: 'draft' | 'open' | 'closed' = 'open',
) => {
  const d = campaignDatesFor(profile.campaign, year);
  return createCampaign(db, {
    year,
    window_start: d.windowStart,
    window_end: d.windowEnd,
    cutoff_date: d.cutoff,
    exemption_date: d.exemptionDate,
    status,
  });
};

export type SeedPerson = {
  idNumber: string;
  name?: string;
  benefitStatus?: 'active' | 'suspended' | 'terminated';
  contact?: boolean;
};

export const seedPensioner = async (db: Kysely<Database>, p: SeedPerson) => {
  await upsertPensioners(db, [
    {
      idType: 'resident_id',
      idNumber: p.idNumber,
      name: p.name ?? '测试老人',
      category: 'enterprise_retiree',
      scheme: 'enterprise_employee',
      districtCode: '410302',
      payingBankCode: null,
      bankAccountRef: null,
      employerOrgId: null,
      benefitsStart: '2010-05-01',
      residence: 'local',
      residenceRegion: null,
      contactName: p.contact ? '张三' : null,
      mobile: p.contact ? '13800138000' : null,
      address: p.contact ? '洛阳市老城区测试路1号' : null,
      benefitStatus: p.benefitStatus ?? 'active',
    },
  ]);
  return (await getPensionerByIdNumber(db, p.idNumber))!;
};

export const seedReferencePhoto = async (
  db: Kysely<Database>,
  pensionerId: string,
  jpeg: Uint8Array,
) => db.insertInto('reference_photos').values({ pensioner_id: pensionerId, jpeg }).execute();

/** A clock tests move forward by hand, e.g. past a recording's duration. */
export const steppingClock = (
  startMs: number,
): Clock & { advance(ms: number): void; set(ms: number): void } => {
  let now = startMs;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    set: (ms) => {
      now = ms;
    },
  };
};
