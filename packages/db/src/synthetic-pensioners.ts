import type { PensionerImportRow } from './pensioners-repo.ts';
import type { PensionerCategory, Residence } from '@lifecert/core';

// Deterministic fake registry rows for benchmarks and tests. Not people: names are placeholders
// and ID numbers are generated with a valid GB 11643 check digit from a counter.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export const residentIdCheckDigit = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
};

const DISTRICTS = ['410302', '410303', '410304', '410305', '410307', '410311', '410323', '410381'];
const CATEGORIES: PensionerCategory[] = [
  'enterprise_retiree',
  'enterprise_retiree',
  'enterprise_retiree',
  'flexible_retiree',
  'enterprise_survivor',
  'institution_retiree',
];
const RESIDENCES: Residence[] = [
  'local',
  'local',
  'local',
  'local',
  'local',
  'local',
  'elsewhere',
  'abroad',
];

const DAY_MS = 86_400_000;
const BIRTH_BASE_MS = Date.UTC(1930, 0, 1);
const BIRTH_DAYS = 9000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The i-th synthetic row; the same i always gives the same row. */
export const syntheticPensioner = (i: number): PensionerImportRow => {
  const district = DISTRICTS[i % DISTRICTS.length]!;
  // Birth day and sequence number together identify i, so numbers are unique for i < 9,000,000.
  const birthDate = new Date(BIRTH_BASE_MS + (i % BIRTH_DAYS) * DAY_MS);
  const birthYear = birthDate.getUTCFullYear();
  const birth = birthDate.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${district}${birth}${pad(Math.floor(i / BIRTH_DAYS) % 1000, 3)}`;
  const category = CATEGORIES[i % CATEGORIES.length]!;
  const residence = RESIDENCES[i % RESIDENCES.length]!;
  // A few started after a 2017 cut-off, so status computation meets the not-eligible case.
  const startYear = i % 40 === 1 ? 2018 : Math.min(2017, birthYear + 55 + (i % 5));
  return {
    idType: 'resident_id',
    idNumber: `${first17}${residentIdCheckDigit(first17)}`,
    name: `测试${pad(i, 7)}`,
    category,
    scheme: category === 'institution_retiree' ? 'public_institution' : 'enterprise_employee',
    districtCode: district,
    payingBankCode: ['ICBC', 'BOC', 'CCB', 'BOCOM', 'BLY'][i % 5]!,
    bankAccountRef: `****${pad(i % 10000, 4)}`,
    employerOrgId: null,
    benefitsStart: `${startYear}-${pad(1 + (i % 12), 2)}-01`,
    residence,
    residenceRegion: residence === 'local' ? null : residence === 'abroad' ? 'HK' : '北京市',
    contactName: null,
    mobile: null,
    address: null,
    benefitStatus: i % 50 === 0 ? 'suspended' : i % 97 === 0 ? 'terminated' : 'active',
  };
};

export function* syntheticPensioners(n: number, from = 0): Generator<PensionerImportRow> {
  for (let i = from; i < from + n; i++) yield syntheticPensioner(i);
}
