import { gb11643CheckDigit, PENSIONER_CATEGORIES, type PensionerCategory } from '@lifecert/core';
import type { PensionerImportRow } from '@lifecert/db';

// Made-up people for the demo system: names are combinations of common characters, ID numbers
// carry a valid check digit but a sequence block (9xx) that local registries do not issue.

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const GIVEN = [
  '建国',
  '秀英',
  '桂兰',
  '志强',
  '玉兰',
  '德明',
  '淑珍',
  '国华',
  '凤英',
  '文彬',
  '春梅',
  '振华',
];
const STREETS = ['中州中路', '九都西路', '南昌路', '太康东路', '开元大道', '涧河路'];

export type DemoPerson = PensionerImportRow & { demoNote: string };

export function demoPeople(
  districtCodes: readonly string[],
  bankCodes: readonly string[],
): DemoPerson[] {
  const people: DemoPerson[] = [];
  for (let i = 0; i < 24; i++) {
    const district = districtCodes[i % districtCodes.length]!;
    const birth = `19${40 + (i % 18)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
    const body = `${district}${birth}9${String(i).padStart(2, '0')}`;
    const category: PensionerCategory = PENSIONER_CATEGORIES[i % PENSIONER_CATEGORIES.length]!;
    const residence = i % 8 === 6 ? 'elsewhere' : i % 8 === 7 ? 'abroad' : 'local';
    people.push({
      idType: 'resident_id',
      idNumber: `${body}${gb11643CheckDigit(body)}`,
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`,
      category,
      scheme: category === 'institution_retiree' ? 'public_institution' : 'enterprise_employee',
      districtCode: district,
      payingBankCode: bankCodes[i % bankCodes.length] ?? null,
      bankAccountRef: `DEMO-${String(1000 + i)}`,
      employerOrgId: null,
      benefitsStart: `${2000 + (i % 17)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
      residence,
      residenceRegion: residence === 'abroad' ? 'CA' : residence === 'elsewhere' ? '440300' : null,
      contactName:
        i % 3 === 0
          ? null
          : `${SURNAMES[(i + 3) % SURNAMES.length]}${GIVEN[(i + 1) % GIVEN.length]}`,
      mobile: i % 3 === 0 ? null : `1390379${String(1000 + i).padStart(4, '0')}`,
      address: i % 3 === 0 ? null : `${STREETS[i % STREETS.length]}${10 + i}号`,
      benefitStatus: 'active',
      demoNote: i === 0 ? 'first demo pensioner' : '',
    });
  }
  return people;
}
