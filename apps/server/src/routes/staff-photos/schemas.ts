import { APPROVAL_STATUSES } from '@lifecert/core';
import { z } from 'zod';

/** 4 MB of JPEG as base64; a counter camera's photo is a few hundred kB. */
export const MAX_PHOTO_BASE64 = Math.ceil((4 * 1024 * 1024 * 4) / 3);

export const EnrolPhotoBody = z.object({
  /** the JPEG, base64 (no data: prefix) */
  image: z.base64().min(4).max(MAX_PHOTO_BASE64),
  source: z.enum(['camera', 'upload']),
  /** why the photo is added or replaced; 4-200 characters, checked by the domain rule */
  reason: z.string().max(1000),
});

export const EnrolmentParams = z.object({ enrolmentId: z.uuid() });
export const ListQuery = z.object({ status: z.enum(APPROVAL_STATUSES).default('pending') });
export const MissingQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const StaffRef = z.object({ id: z.string(), name: z.string() });

export const EnrolmentReply = z.object({
  id: z.string(),
  pensionerId: z.string(),
  pensionerName: z.string(),
  source: z.enum(['camera', 'upload']),
  reason: z.string(),
  quality: z.object({
    faces: z.number(),
    faceSizeRatio: z.number(),
    pose: z.object({ yaw: z.number(), pitch: z.number(), roll: z.number() }),
    brightness: z.number(),
    sharpness: z.number(),
  }),
  status: z.enum(APPROVAL_STATUSES),
  requestedBy: StaffRef,
  requestedAt: z.string(),
  decidedBy: StaffRef.nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  hasPhoto: z.boolean(),
});

export const EnrolmentListReply = z.object({ enrolments: z.array(EnrolmentReply) });

export const PersonPhotosReply = z.object({
  activePhoto: z.object({ id: z.string(), enrolledAt: z.string() }).nullable(),
  enrolments: z.array(EnrolmentReply),
});

export const MissingReply = z.object({
  total: z.number(),
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      districtCode: z.string(),
      mobile: z.string().nullable(),
      pending: z.boolean(),
    }),
  ),
});
