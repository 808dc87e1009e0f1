// The pensioner CSV columns (docs/csv-format.md). English names are canonical; the Chinese
// aliases are the headers agency systems commonly export, so their files load without editing.

export const PENSIONER_COLUMNS = {
  id_type: { required: false, aliases: ['证件类型'] },
  id_number: {
    required: true,
    aliases: ['证件号码', '身份证号', '身份证号码', '公民身份号码', '社会保障号码'],
  },
  name: { required: true, aliases: ['姓名'] },
  category: { required: true, aliases: ['人员类别', '人员类型'] },
  scheme: { required: true, aliases: ['险种', '参保险种', '险种类型'] },
  district_code: { required: true, aliases: ['区县代码', '行政区划代码', '所属区县'] },
  paying_bank_code: { required: true, aliases: ['发放银行', '代发银行', '发放银行代码'] },
  bank_account_ref: { required: true, aliases: ['银行账号', '发放账号'] },
  employer_code: { required: false, aliases: ['单位编号', '原单位编号', '单位代码'] },
  employer_name: { required: false, aliases: ['单位名称', '原单位名称', '原工作单位'] },
  benefits_start: { required: true, aliases: ['待遇开始日期', '待遇享受开始日期', '领取待遇时间'] },
  residence: { required: true, aliases: ['居住地类型', '居住类型'] },
  residence_region: { required: false, aliases: ['居住地区', '居住国家或地区'] },
  contact_name: { required: false, aliases: ['联系人'] },
  mobile: { required: false, aliases: ['手机号码', '联系电话', '手机号'] },
  address: { required: false, aliases: ['详细地址', '联系地址', '居住地址'] },
  benefit_status: { required: false, aliases: ['待遇状态', '发放状态'] },
} as const satisfies Record<string, { required: boolean; aliases: readonly string[] }>;

export type ColumnName = keyof typeof PENSIONER_COLUMNS;
export const COLUMN_NAMES = Object.keys(PENSIONER_COLUMNS) as ColumnName[];

const BY_HEADER = new Map<string, ColumnName>(
  COLUMN_NAMES.flatMap((name) => [
    [name, name] as const,
    ...PENSIONER_COLUMNS[name].aliases.map((alias) => [alias, name] as const),
  ]),
);

export type HeaderMapping = {
  /** For each position in the file, the column it holds, or null when the header is unknown. */
  positions: (ColumnName | null)[];
  missing: ColumnName[];
  unknown: string[];
  repeated: ColumnName[];
};

// Headers arrive with stray spaces, full-width characters or a different case from spreadsheets.
const normaliseHeader = (h: string): string =>
  h.normalize('NFKC').trim().replace(/\s+/g, '_').toLowerCase();

export const mapHeader = (header: readonly string[]): HeaderMapping => {
  const positions = header.map((h) => BY_HEADER.get(normaliseHeader(h)) ?? null);
  const seen = new Set<ColumnName>();
  const repeated: ColumnName[] = [];
  for (const p of positions) {
    if (p === null) continue;
    if (seen.has(p)) repeated.push(p);
    seen.add(p);
  }
  return {
    positions,
    missing: COLUMN_NAMES.filter((c) => PENSIONER_COLUMNS[c].required && !seen.has(c)),
    unknown: header.filter((_, i) => positions[i] === null),
    repeated,
  };
};

export type PensionerRecord = Partial<Record<ColumnName, string>>;

export const toRecord = (positions: readonly (ColumnName | null)[], fields: readonly string[]) => {
  const record: PensionerRecord = {};
  for (let i = 0; i < positions.length; i++) {
    const column = positions[i];
    if (column) record[column] = fields[i];
  }
  return record;
};
