// Replies of /api/staff/reports/* (apps/server/src/routes/staff-reports/schemas.ts).

export type Progress = {
  total: number;
  required: number;
  certified: number;
  exempt: number;
  pending: number;
  overdue: number;
  suspended: number;
  notEligible: number;
  doneRate: number | null;
  certifiedRate: number | null;
};

export type GroupProgress = Progress & { key: string; label: string };

export type ProgressReply = {
  campaign: { year: number; state: string; windowStart: string; windowEnd: string };
  campaigns: { year: number; state: string }[];
  asOf: string;
  scope: string;
  overall: Progress;
  byDistrict: GroupProgress[];
  byCategory: GroupProgress[];
  byResidence: GroupProgress[];
  byChannel: {
    channel: string;
    label: string;
    total: number;
    face: number;
    idCheck: number;
    paper: number;
    share: number | null;
  }[];
  byDay: {
    day: string;
    total: number;
    face: number;
    idCheck: number;
    paper: number;
    cumulative: number;
  }[];
};

export type PendingReply = {
  campaign: { year: number };
  total: number;
  page: number;
  pageSize: number;
  contactDetails: 'full' | 'masked';
  rows: {
    pensionerId: string;
    name: string;
    idNumber: string;
    districtCode: string;
    district: string;
    category: string;
    residence: string;
    status: string;
    contactName: string | null;
    mobile: string | null;
    address: string | null;
  }[];
};

/** 0.8333 → '83.3%'; no rate (nobody required) → '—'. */
export const percent = (rate: number | null): string =>
  rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
