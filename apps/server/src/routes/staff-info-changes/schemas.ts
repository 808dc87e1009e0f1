import {
  APPROVAL_STATUSES,
  ID_DOCUMENT_TYPES,
  INFO_CHANGE_CHANNELS,
  INFO_CHANGE_DOCUMENTS,
  INFO_CHANGE_FIELDS,
} from '@lifecert/core';
import { z } from 'zod';

const value = z.string().max(500).nullable().optional();

/** New values by field; only the fields to change. Null or '' clears an optional field. */
export const RequestedValues = z.strictObject({
  name: value,
  idType: value,
  idNumber: value,
  contactName: value,
  mobile: value,
  address: value,
  residence: value,
  residenceRegion: value,
  payingBankCode: value,
  bankAccountRef: value,
});

export const InfoChangeBody = z.object({
  channel: z.enum(INFO_CHANGE_CHANNELS),
  proxy: z
    .object({
      name: z.string().max(100),
      idType: z.string().max(40),
      idNumber: z.string().max(40),
    })
    .nullable()
    .optional(),
  documents: z.array(z.enum(INFO_CHANGE_DOCUMENTS)).max(INFO_CHANGE_DOCUMENTS.length),
  changes: RequestedValues,
  reason: z.string().max(1000),
});

export const ChangeParams = z.object({ changeId: z.uuid() });
export const ChangeListQuery = z.object({ status: z.enum(APPROVAL_STATUSES).default('pending') });

const StaffRef = z.object({ id: z.string(), name: z.string() });

export const InfoChangeReply = z.object({
  id: z.string(),
  pensionerId: z.string(),
  pensionerName: z.string(),
  channel: z.enum(INFO_CHANGE_CHANNELS),
  /** the proxy's document number is masked: the clerk who took it saw the card */
  proxy: z
    .object({ name: z.string(), idType: z.enum(ID_DOCUMENT_TYPES), idNumber: z.string() })
    .nullable(),
  documents: z.array(z.enum(INFO_CHANGE_DOCUMENTS)),
  changes: z.array(
    z.object({
      field: z.enum(INFO_CHANGE_FIELDS),
      old: z.string().nullable(),
      new: z.string().nullable(),
    }),
  ),
  reason: z.string(),
  status: z.enum(APPROVAL_STATUSES),
  requestedBy: StaffRef,
  requestedAt: z.string(),
  decidedBy: StaffRef.nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});

export const InfoChangeListReply = z.object({ changes: z.array(InfoChangeReply) });

export const ChecklistReply = z.object({
  fields: z.array(z.enum(INFO_CHANGE_FIELDS)),
  documents: z.array(z.enum(INFO_CHANGE_DOCUMENTS)),
  required: z.object({
    in_person: z.array(z.enum(INFO_CHANGE_DOCUMENTS)),
    proxy: z.array(z.enum(INFO_CHANGE_DOCUMENTS)),
    identityChange: z.array(z.enum(INFO_CHANGE_DOCUMENTS)),
  }),
});

export const InfoValuesReply = z.object(
  Object.fromEntries(INFO_CHANGE_FIELDS.map((f) => [f, z.string().nullable()])) as Record<
    (typeof INFO_CHANGE_FIELDS)[number],
    z.ZodNullable<z.ZodString>
  >,
);
