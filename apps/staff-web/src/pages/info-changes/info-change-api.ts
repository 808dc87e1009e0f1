// Replies of the information change API (apps/server/src/routes/staff-info-changes).

export const FIELDS = [
  'name',
  'idType',
  'idNumber',
  'contactName',
  'mobile',
  'address',
  'residence',
  'residenceRegion',
  'payingBankCode',
  'bankAccountRef',
] as const;
export type Field = (typeof FIELDS)[number];
export type InfoValues = Record<Field, string | null>;

export const DOCUMENTS = [
  'pensioner_id_original',
  'pensioner_id_copy_all_pages',
  'proxy_id_original',
  'new_id_document',
  'bank_account_proof',
  'household_register',
] as const;
export type Document = (typeof DOCUMENTS)[number];

export type InfoChange = {
  id: string;
  pensionerId: string;
  pensionerName: string;
  channel: 'in_person' | 'proxy';
  proxy: { name: string; idType: string; idNumber: string } | null;
  documents: Document[];
  changes: { field: Field; old: string | null; new: string | null }[];
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requestedBy: { id: string; name: string };
  requestedAt: string;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  decisionReason: string | null;
};
