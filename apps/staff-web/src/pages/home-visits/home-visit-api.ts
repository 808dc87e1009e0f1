// Shapes of /api/staff/home-visits (apps/server/src/routes/staff-home-visits/schemas.ts).
import type { Localized } from '../../i18n/i18n.ts';

export type VisitState = 'booked' | 'completed' | 'cancelled';
export type VisitOutcome = 'pending' | 'certified' | 'not_at_home';
export type PaymentMethod = 'cash' | 'qr_code';
export type Fee = { people: number; perPersonFen: number; totalFen: number };

export type HomeVisit = {
  id: string;
  state: VisitState;
  address: string;
  districtCode: string;
  districtName: Localized | null;
  visitDate: string;
  bookedAt: string;
  closedAt: string | null;
  cancelReason: string | null;
  people: {
    pensionerId: string;
    name: string;
    idNumber: string;
    outcome: VisitOutcome;
    certificateNo: string | null;
  }[];
  fee: Fee;
  due: Fee | null;
  payment: { amountFen: number; method: PaymentMethod; receiptNo: string } | null;
};

export type DayList = { date: string; visits: HomeVisit[] };

/** What the booking form needs from GET /api/public/profile. */
export type HomeVisitProfile = {
  homeVisit: {
    courier: Localized;
    perPersonFen: number;
    reducedPerPersonFen: number;
    reducedWhenMoreThan: number;
    serviceArea: { code: string; name: Localized }[];
  };
};

export const visitPath = (id: string) => `/api/staff/home-visits/${encodeURIComponent(id)}`;
export const personPath = (id: string, pensionerId: string) =>
  `${visitPath(id)}/people/${encodeURIComponent(pensionerId)}`;

/** 6000 → "60.00": money is kept in fen and shown in yuan with two decimals. */
export const yuan = (fen: number): string => (fen / 100).toFixed(2);

/** "60", "60.0", "60.00" → 6000; null for anything else (no negative, no thousands separator). */
export const fenOf = (text: string): number | null => {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
};
