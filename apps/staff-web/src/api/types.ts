// Shapes of the staff API (apps/server/src/routes/staff, see its README).
import type { Localized } from '../i18n/i18n.ts';

export type StaffMe = {
  username: string;
  displayName: string;
  role: string;
  organisation: { kind: string; code: string; name: Localized };
  scope: string;
  /** the StaffActions of this role (packages/core/src/staff-access/permissions.ts) */
  actions: string[];
};

export type StaffLoginReply = { token: string; expiresAt: string; staff: StaffMe };

export type PensionerSummary = {
  id: string;
  name: string;
  /** in full only when the search was by the exact ID number */
  idNumber: string;
  districtCode: string;
  benefitStatus: string;
};

export type PensionerSearchReply = { by: 'id_number' | 'name'; results: PensionerSummary[] };

export type HistoryEntry = {
  date: string;
  channel: string;
  method: string;
  certificateNo: string;
};

export type PensionerDetail = PensionerSummary & {
  campaign: { year: number; status: string; reason: string; deadline: string } | null;
  attempts: { used: number; limit: number };
  selfServiceOpen: boolean;
  history: HistoryEntry[];
};

export type IdCheckReply = {
  certificateNo: string;
  channel: string;
  method: 'id_check';
  certifiedAt: string;
};

export type ReopenReply = { attempts: { used: number; limit: number }; selfServiceOpen: boolean };
