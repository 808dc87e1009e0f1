import type { ColumnName } from './csv-columns.ts';

// Agency exports write coded fields as Chinese labels; these map the usual labels to the codes
// the domain uses. Anything else passes through unchanged and is judged by the validators.
const ALIASES: Partial<Record<ColumnName, Readonly<Record<string, string>>>> = {
  id_type: {
    居民身份证: 'resident_id',
    身份证: 'resident_id',
    港澳居民来往内地通行证: 'hk_mo_travel_permit',
    台湾居民来往大陆通行证: 'tw_travel_permit',
    香港居民居住证: 'hk_residence_permit',
    澳门居民居住证: 'mo_residence_permit',
    台湾居民居住证: 'tw_residence_permit',
    外国人永久居留身份证: 'foreign_permanent_residence',
    护照: 'passport',
  },
  category: {
    企业退休人员: 'enterprise_retiree',
    灵活就业退休人员: 'flexible_retiree',
    企业遗属: 'enterprise_survivor',
    遗属生活费领取人员: 'enterprise_survivor',
    机关事业单位退休人员: 'institution_retiree',
  },
  scheme: {
    企业职工基本养老保险: 'enterprise_employee',
    机关事业单位养老保险: 'public_institution',
  },
  residence: { 本地: 'local', 本市: 'local', 异地: 'elsewhere', 境外: 'abroad' },
  benefit_status: {
    正常: 'active',
    正常发放: 'active',
    暂停: 'suspended',
    暂停发放: 'suspended',
    终止: 'terminated',
    终止发放: 'terminated',
  },
};

/** The code for a coded column's value; English codes are accepted in any case. */
export const codeFor = (column: ColumnName, value: string): string => {
  const trimmed = value.normalize('NFKC').trim();
  return ALIASES[column]?.[trimmed] ?? trimmed.toLowerCase();
};
