import { CHANNELS, STAFF_ROLES } from '@lifecert/core';
import { z } from 'zod';
import { BenefitNotice } from '../benefit-notice.ts';

export const StaffLoginBody = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(128),
});

const LocalizedName = z.object({ 'zh-CN': z.string(), en: z.string() });

export const StaffMeReply = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(STAFF_ROLES),
  organisation: z.object({ kind: z.string(), code: z.string(), name: LocalizedName }),
  scope: z.string(),
  actions: z.array(z.string()),
});

export const StaffLoginReply = z.object({
  token: z.string(),
  expiresAt: z.string(),
  staff: StaffMeReply,
});

export const PensionerSearchQuery = z.object({ q: z.string().trim().min(1).max(50) });

export const PensionerSummary = z.object({
  id: z.string(),
  name: z.string(),
  /** full only when the caller typed the exact number */
  idNumber: z.string(),
  districtCode: z.string(),
  benefitStatus: z.string(),
});

export const PensionerSearchReply = z.object({
  by: z.enum(['id_number', 'name']),
  results: z.array(PensionerSummary),
});

export const PensionerParams = z.object({ id: z.uuid() });

export const PensionerDetailReply = PensionerSummary.extend({
  campaign: z
    .object({ year: z.number(), status: z.string(), reason: z.string(), deadline: z.string() })
    .nullable(),
  attempts: z.object({ used: z.number(), limit: z.number() }),
  selfServiceOpen: z.boolean(),
  history: z.array(
    z.object({
      date: z.string(),
      channel: z.enum(CHANNELS),
      method: z.string(),
      certificateNo: z.string(),
    }),
  ),
  /** why payment is stopped (suspension or termination), with the text in both languages; else null */
  benefitNotice: BenefitNotice.nullable(),
});

export const IdCheckBody = z.object({
  method: z.literal('id_check'),
  reason: z.string().max(1000),
});

export const IdCheckReply = z.object({
  certificateNo: z.string(),
  channel: z.enum(CHANNELS),
  method: z.literal('id_check'),
  certifiedAt: z.string(),
});

export const ReopenReply = z.object({
  attempts: z.object({ used: z.number(), limit: z.number() }),
  selfServiceOpen: z.boolean(),
});
