import { PENSIONER_CATEGORIES, PROGRESS_TABLES, RESIDENCES } from '@lifecert/core';
import { OUTREACH_STATUSES } from '@lifecert/db';
import { z } from 'zod';

const year = z.coerce.number().int().min(2000).max(2999).optional();
const lang = z.enum(['zh-CN', 'en']).optional();
const districtCode = z.string().regex(/^\d{6}$/);

export const ProgressQuery = z.object({ year, lang, district: districtCode.optional() });

export const ProgressCsvQuery = ProgressQuery.extend({ table: z.enum(PROGRESS_TABLES) });

/** `status` repeats or is comma-separated: `?status=pending,overdue`. */
const statuses = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(OUTREACH_STATUSES)).max(OUTREACH_STATUSES.length))
  .optional();

export const PendingFilterQuery = z.object({
  year,
  lang,
  district: districtCode.optional(),
  category: z.enum(PENSIONER_CATEGORIES).optional(),
  residence: z.enum(RESIDENCES).optional(),
  status: statuses,
});

export const PendingQuery = PendingFilterQuery.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const rate = z.number().nullable();
const Progress = z.object({
  total: z.number(),
  required: z.number(),
  certified: z.number(),
  exempt: z.number(),
  pending: z.number(),
  overdue: z.number(),
  suspended: z.number(),
  notEligible: z.number(),
  doneRate: rate,
  certifiedRate: rate,
});
const Group = Progress.extend({ key: z.string(), label: z.string() });

export const ProgressReply = z.object({
  campaign: z.object({
    year: z.number(),
    state: z.string(),
    windowStart: z.string(),
    windowEnd: z.string(),
  }),
  campaigns: z.array(z.object({ year: z.number(), state: z.string() })),
  /** the instant the statuses are computed at, ISO */
  asOf: z.string(),
  scope: z.string(),
  overall: Progress,
  byDistrict: z.array(Group),
  byCategory: z.array(Group),
  byResidence: z.array(Group),
  byChannel: z.array(
    z.object({
      channel: z.string(),
      label: z.string(),
      total: z.number(),
      face: z.number(),
      idCheck: z.number(),
      paper: z.number(),
      share: rate,
    }),
  ),
  byDay: z.array(
    z.object({
      day: z.string(),
      total: z.number(),
      face: z.number(),
      idCheck: z.number(),
      paper: z.number(),
      cumulative: z.number(),
    }),
  ),
});

export const PendingReply = z.object({
  campaign: z.object({ year: z.number() }),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** 'full' when the role may phone people (reports.contact_details), else masked */
  contactDetails: z.enum(['full', 'masked']),
  rows: z.array(
    z.object({
      pensionerId: z.string(),
      name: z.string(),
      idNumber: z.string(),
      districtCode: z.string(),
      district: z.string(),
      category: z.string(),
      residence: z.string(),
      status: z.string(),
      contactName: z.string().nullable(),
      mobile: z.string().nullable(),
      address: z.string().nullable(),
    }),
  ),
});
