// People who live elsewhere in China and abroad, added to the staff test world, and helpers to
// send scans and read errors.
import { getPensionerByIdNumber, upsertPensioners } from '@lifecert/db';
import type { TestApp } from '../../test-app.ts';
import { makeIdNumber } from '../self-service/test-fixtures.ts';
import { TINY_JPEG } from '../../uploads/test-jpeg.ts';

export const PAPER_PEOPLE = {
  westElsewhere: {
    serial: 21,
    district: '410302',
    name: '西区异地',
    residence: 'elsewhere',
    region: '440300',
  },
  eastElsewhere: {
    serial: 22,
    district: '410303',
    name: '东区异地',
    residence: 'elsewhere',
    region: '310100',
  },
  eastElsewhere2: {
    serial: 23,
    district: '410303',
    name: '东区异地二',
    residence: 'elsewhere',
    region: '110100',
  },
  eastMacao: {
    serial: 24,
    district: '410303',
    name: '东区澳门',
    residence: 'abroad',
    region: 'MO',
  },
  eastUsa: { serial: 25, district: '410303', name: '东区美国', residence: 'abroad', region: 'US' },
  westTaiwan: {
    serial: 26,
    district: '410302',
    name: '西区台湾',
    residence: 'abroad',
    region: 'TW',
  },
} as const;
export type PaperPerson = keyof typeof PAPER_PEOPLE;

export const seedPaperPeople = async (
  app: TestApp,
): Promise<{ ids: Record<PaperPerson, string>; idNumbers: Record<PaperPerson, string> }> => {
  const db = app.testDb.db;
  const entries = Object.entries(PAPER_PEOPLE) as [
    PaperPerson,
    (typeof PAPER_PEOPLE)[PaperPerson],
  ][];
  const idNumbers = {} as Record<PaperPerson, string>;
  for (const [name, p] of entries) idNumbers[name] = makeIdNumber(p.serial, p.district);
  await upsertPensioners(
    db,
    entries.map(([name, p]) => ({
      idType: 'resident_id' as const,
      idNumber: idNumbers[name],
      name: p.name,
      category: 'enterprise_retiree' as const,
      scheme: 'enterprise_employee' as const,
      districtCode: p.district,
      payingBankCode: 'BOC',
      bankAccountRef: null,
      employerOrgId: null,
      benefitsStart: '2010-05-01',
      residence: p.residence,
      residenceRegion: p.region,
      contactName: null,
      mobile: '13912345678',
      address: null,
      benefitStatus: 'active' as const,
    })),
  );
  const ids = {} as Record<PaperPerson, string>;
  for (const [name] of entries) ids[name] = (await getPensionerByIdNumber(db, idNumbers[name]))!.id;
  return { ids, idNumbers };
};

/** A tiny real JPEG: scans are cleaned of metadata, so a broken one is refused. */
export const JPEG_SCAN = TINY_JPEG.toString('base64');

export const GIF_SCAN = Buffer.from('GIF89a not allowed').toString('base64');

export const errorOf = (res: { json: <T>() => T }) =>
  res.json<{ error: { code: string; messages: { 'zh-CN': string; en: string } } }>().error;
