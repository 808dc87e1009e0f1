import type { CampaignStatus } from '../campaign-status.ts';
import type { Locale, LocalizedText } from '../localized-text.ts';
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  labelOf,
  RESIDENCE_LABELS,
  STATUS_LABELS,
} from './labels.ts';
import type { GroupProgress, ProgressReport } from './progress.ts';
import { col, type ReportTable, type TableColumn } from './table.ts';

const PROGRESS_COLUMNS: readonly TableColumn[] = [
  col('required', '应认证人数', 'Required', 'integer'),
  col('certified', '已认证', 'Certified', 'integer'),
  col('exempt', '免于认证', 'Exempt', 'integer'),
  col('pending', '待认证', 'Pending', 'integer'),
  col('overdue', '逾期未认证', 'Overdue', 'integer'),
  col('suspended', '已暂停发放', 'Suspended', 'integer'),
  col('notEligible', '无需认证', 'Not required', 'integer'),
  col('doneRate', '完成率', 'Done rate', 'rate'),
  col('certifiedRate', '认证率', 'Certified rate', 'rate'),
];

const progressTable = (
  name: string,
  title: LocalizedText,
  keyHeader: TableColumn,
  groups: readonly GroupProgress[],
  label: (key: string) => string,
): ReportTable => ({
  name,
  title,
  columns: [keyHeader, ...PROGRESS_COLUMNS],
  rows: groups.map((g) => ({ ...g, key: label(g.key) })),
});

export const PROGRESS_TABLES = ['district', 'category', 'residence', 'channel', 'day'] as const;
export type ProgressTableName = (typeof PROGRESS_TABLES)[number];

/** The progress report as export tables, labelled in `lang`. */
export const progressTables = (
  report: ProgressReport,
  lang: Locale,
  districtNames: Readonly<Record<string, LocalizedText>>,
): Record<ProgressTableName, ReportTable> => ({
  district: progressTable(
    'district',
    { 'zh-CN': '按区县', en: 'By district' },
    col('key', '区县', 'District'),
    report.byDistrict,
    (k) => labelOf(districtNames, k, lang),
  ),
  category: progressTable(
    'category',
    { 'zh-CN': '按人员类别', en: 'By category' },
    col('key', '人员类别', 'Category'),
    report.byCategory,
    (k) => labelOf(CATEGORY_LABELS, k, lang),
  ),
  residence: progressTable(
    'residence',
    { 'zh-CN': '按居住地', en: 'By residence' },
    col('key', '居住地', 'Residence'),
    report.byResidence,
    (k) => labelOf(RESIDENCE_LABELS, k, lang),
  ),
  channel: {
    name: 'channel',
    title: { 'zh-CN': '按认证渠道', en: 'By channel' },
    columns: [
      col('channel', '认证渠道', 'Channel'),
      col('total', '已认证人数', 'Certified', 'integer'),
      col('face', '人脸识别', 'Face', 'integer'),
      col('idCheck', '现场核验证件', 'In-person ID check', 'integer'),
      col('paper', '表格或证明材料', 'Form or documents', 'integer'),
      col('share', '占已认证比例', 'Share of certified', 'rate'),
    ],
    rows: report.byChannel.map((r) => ({
      ...r,
      channel: labelOf(CHANNEL_LABELS, r.channel, lang),
    })),
  },
  day: {
    name: 'day',
    title: { 'zh-CN': '按日', en: 'By day' },
    columns: [
      col('day', '日期', 'Day'),
      col('total', '当日认证', 'Certified that day', 'integer'),
      col('face', '人脸识别', 'Face', 'integer'),
      col('idCheck', '现场核验证件', 'In-person ID check', 'integer'),
      col('paper', '表格或证明材料', 'Form or documents', 'integer'),
      col('cumulative', '累计认证', 'Cumulative', 'integer'),
    ],
    rows: report.byDay,
  },
});

/** One person still to reach, as the pending list shows and exports them. */
export type PendingPerson = {
  pensionerId: string;
  name: string;
  /** masked: the list is for phoning, not for identifying */
  idNumber: string;
  districtCode: string;
  category: string;
  residence: string;
  status: CampaignStatus;
  contactName: string | null;
  /** full only for roles allowed contact details (see `mayContact`), masked otherwise */
  mobile: string | null;
  address: string | null;
};

export const pendingTable = (
  people: readonly PendingPerson[],
  lang: Locale,
  districtNames: Readonly<Record<string, LocalizedText>>,
): ReportTable => ({
  name: 'pending',
  title: { 'zh-CN': '待认证人员名单', en: 'People still to certify' },
  columns: [
    col('name', '姓名', 'Name'),
    col('idNumber', '证件号码', 'ID number'),
    col('district', '区县', 'District'),
    col('category', '人员类别', 'Category'),
    col('residence', '居住地', 'Residence'),
    col('status', '认证状态', 'Status'),
    col('contactName', '联系人', 'Contact'),
    col('mobile', '手机号码', 'Mobile'),
    col('address', '地址', 'Address'),
  ],
  rows: people.map((p) => ({
    name: p.name,
    idNumber: p.idNumber,
    district: labelOf(districtNames, p.districtCode, lang),
    category: labelOf(CATEGORY_LABELS, p.category, lang),
    residence: labelOf(RESIDENCE_LABELS, p.residence, lang),
    status: labelOf(STATUS_LABELS, p.status, lang),
    contactName: p.contactName,
    mobile: p.mobile,
    address: p.address,
  })),
});
