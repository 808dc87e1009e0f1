import type { CampaignStatus } from '../campaign-status.ts';
import type { CertificationMethod } from '../certification.ts';
import type { Channel } from '../channels.ts';

/** People of one group by campaign status, as the aggregate query counts them. */
export type StatusCount = { status: CampaignStatus; n: number };

/** A group's progress: who must certify, how far they got, and the rates staff steer by. */
export type Progress = {
  /** everyone in the group, eligible or not */
  total: number;
  /** must certify this campaign: everyone but the not eligible */
  required: number;
  certified: number;
  exempt: number;
  /** still to certify before the deadline */
  pending: number;
  /** still to certify after the deadline */
  overdue: number;
  /** must certify but benefits are already suspended */
  suspended: number;
  notEligible: number;
  /** (certified + exempt) / required, 0..1; null when nobody is required */
  doneRate: number | null;
  /** certified / required, 0..1; null when nobody is required */
  certifiedRate: number | null;
};

const rate = (n: number, of: number): number | null =>
  of === 0 ? null : Math.round((n / of) * 10_000) / 10_000;

/**
 * Folds status counts into one group's progress. Exempt people count as done: a face
 * certification since the exemption date is the reference process's proof of life for the year.
 */
export const progressOf = (counts: readonly StatusCount[]): Progress => {
  const by: Record<CampaignStatus, number> = {
    pending: 0,
    certified: 0,
    exempt: 0,
    overdue: 0,
    suspended: 0,
    not_eligible: 0,
  };
  for (const c of counts) by[c.status] += c.n;
  const total = Object.values(by).reduce((a, b) => a + b, 0);
  const required = total - by.not_eligible;
  return {
    total,
    required,
    certified: by.certified,
    exempt: by.exempt,
    pending: by.pending,
    overdue: by.overdue,
    suspended: by.suspended,
    notEligible: by.not_eligible,
    doneRate: rate(by.certified + by.exempt, required),
    certifiedRate: rate(by.certified, required),
  };
};

/** One aggregate row: a status count for a district, category and residence; channel when certified. */
export type ProgressCell = {
  districtCode: string;
  category: string;
  residence: string;
  status: CampaignStatus;
  /** the counted certification's channel and method; null unless certified */
  channel: Channel | null;
  method: CertificationMethod | null;
  n: number;
};

/** Counted certifications of one Shanghai day by channel and method. */
export type DayCell = { day: string; channel: Channel; method: CertificationMethod; n: number };

export type GroupProgress = { key: string } & Progress;

/**
 * Certified people by channel; in-person ID checks are a column of their own because they are
 * the fallback when the face check cannot work and the reference process reports them apart.
 */
export type ChannelRow = {
  channel: Channel;
  total: number;
  face: number;
  idCheck: number;
  /** offsite forms and overseas documents */
  paper: number;
  share: number | null;
};

export type DayRow = {
  day: string;
  total: number;
  face: number;
  idCheck: number;
  paper: number;
  /** counted certifications from the first day up to this one */
  cumulative: number;
};

export type ProgressReport = {
  overall: Progress;
  byDistrict: GroupProgress[];
  byCategory: GroupProgress[];
  byResidence: GroupProgress[];
  byChannel: ChannelRow[];
  byDay: DayRow[];
};

const grouped = (
  cells: readonly ProgressCell[],
  keyOf: (c: ProgressCell) => string,
  order: readonly string[] = [],
): GroupProgress[] => {
  const groups = new Map<string, StatusCount[]>();
  for (const key of order) groups.set(key, []);
  for (const c of cells) {
    const key = keyOf(c);
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  const known = new Set(order);
  const extra = [...groups.keys()].filter((k) => !known.has(k)).sort();
  return [...order, ...extra].map((key) => ({ key, ...progressOf(groups.get(key) ?? []) }));
};

const methodColumn = (method: CertificationMethod): 'face' | 'idCheck' | 'paper' =>
  method === 'face' ? 'face' : method === 'id_check' ? 'idCheck' : 'paper';

export type ReportOrder = {
  /** districts in the profile's order; all listed even when nobody is in them */
  districts?: readonly string[];
  categories?: readonly string[];
  residences?: readonly string[];
  channels?: readonly Channel[];
  /** 'YYYY-MM-DD' days to list even without certifications (the window up to today) */
  dayRange?: { from: string; to: string };
};

/** Every calendar day from `from` to `to`, inclusive; at most ~2 years, a campaign is shorter. */
export const daysBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && out.length < 800; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
};

/**
 * Builds every table of the progress report from the two aggregate queries' rows. Channels with
 * no certification are listed (as zero) when `order.channels` names them, so a chart's axis does
 * not change from one day to the next.
 */
export const buildProgressReport = (
  cells: readonly ProgressCell[],
  days: readonly DayCell[],
  order: ReportOrder = {},
): ProgressReport => {
  const overall = progressOf(cells);
  const channels = new Map<Channel, ChannelRow>();
  const channelRow = (channel: Channel): ChannelRow => {
    let row = channels.get(channel);
    if (!row) {
      row = { channel, total: 0, face: 0, idCheck: 0, paper: 0, share: null };
      channels.set(channel, row);
    }
    return row;
  };
  for (const ch of order.channels ?? []) channelRow(ch);
  for (const c of cells) {
    if (c.status !== 'certified' || !c.channel || !c.method) continue;
    const row = channelRow(c.channel);
    row.total += c.n;
    row[methodColumn(c.method)] += c.n;
  }
  for (const row of channels.values()) row.share = rate(row.total, overall.certified);

  const dayMap = new Map<string, DayRow>();
  const emptyDay = (day: string): DayRow => ({
    day,
    total: 0,
    face: 0,
    idCheck: 0,
    paper: 0,
    cumulative: 0,
  });
  if (order.dayRange) {
    for (const day of daysBetween(order.dayRange.from, order.dayRange.to)) {
      dayMap.set(day, emptyDay(day));
    }
  }
  for (const d of days) {
    let row = dayMap.get(d.day);
    if (!row) {
      row = emptyDay(d.day);
      dayMap.set(d.day, row);
    }
    row.total += d.n;
    row[methodColumn(d.method)] += d.n;
  }
  const byDay = [...dayMap.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
  let running = 0;
  for (const row of byDay) row.cumulative = running += row.total;

  return {
    overall,
    byDistrict: grouped(cells, (c) => c.districtCode, order.districts),
    byCategory: grouped(cells, (c) => c.category, order.categories),
    byResidence: grouped(cells, (c) => c.residence, order.residences),
    byChannel: [...channels.values()],
    byDay,
  };
};
