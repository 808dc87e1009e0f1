import { CHALLENGE_ACTIONS, PASSWORD_MAX } from '@lifecert/core';
import { z } from 'zod';
import { BenefitNotice } from '../benefit-notice.ts';
import { Alternatives } from '../public/help-info.ts';

export const MAX_FRAMES = 150;
export const MAX_FRAME_BYTES = 200 * 1024;
/** base64 length of MAX_FRAME_BYTES */
export const MAX_FRAME_BASE64 = Math.ceil(MAX_FRAME_BYTES / 3) * 4;
/** all frames at their largest, plus room for the JSON around them */
export const RECORDING_BODY_LIMIT = MAX_FRAMES * (MAX_FRAME_BASE64 + 64) + 64 * 1024;

const Action = z.enum(CHALLENGE_ACTIONS);

export const LoginBody = z.object({
  idNumber: z.string().min(1).max(40),
  password: z.string().min(1).max(64),
});
export const LoginReply = z.object({
  token: z.string(),
  expiresAt: z.string(),
  person: z.object({
    name: z.string(),
    mustChangePassword: z.boolean(),
    contactComplete: z.boolean(),
    /** why payment is stopped, when it is (suspension or termination); else null */
    benefitNotice: BenefitNotice.nullable(),
  }),
});

export const PasswordBody = z.object({
  current: z.string().min(1).max(64),
  next: z
    .string()
    .min(1)
    .max(PASSWORD_MAX * 4),
});

export const ContactBody = z.object({
  contactName: z.string().max(200),
  mobile: z.string().max(40),
  address: z.string().max(1000),
});
export const Contact = z.object({
  contactName: z.string(),
  mobile: z.string(),
  address: z.string(),
});

export const MeReply = z.object({
  name: z.string(),
  maskedIdNumber: z.string(),
  contact: Contact.nullable(),
  campaign: z
    .object({
      year: z.number(),
      status: z.string(),
      reason: z.string(),
      deadline: z.string(),
    })
    .nullable(),
  attempts: z.object({ used: z.number(), limit: z.number() }),
  selfServiceOpen: z.boolean(),
  history: z.array(z.object({ date: z.string(), channel: z.string(), certificateNo: z.string() })),
  benefitNotice: BenefitNotice.nullable(),
  /** 'elsewhere' (in China, outside the city): the app offers the offsite form to print */
  residence: z.enum(['local', 'elsewhere', 'abroad']),
});

export const ChallengeReply = z.object({
  challengeId: z.string(),
  actions: z.array(Action),
  issuedAt: z.string(),
  expiresAt: z.string(),
});

export const ChallengeParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export const RecordingBody = z.object({
  frames: z
    .array(
      z.object({
        t: z.number().int().min(0).max(600_000),
        step: z
          .number()
          .int()
          .min(0)
          .max(CHALLENGE_ACTIONS.length - 1),
        jpeg: z
          .string()
          .min(4)
          .max(MAX_FRAME_BASE64)
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64'),
      }),
    )
    .min(1)
    .max(MAX_FRAMES),
});

/** A recording's verdict and certificate, as the phone and the staff device both show them. */
export const RecordingVerdict = z.object({
  decision: z.enum(['pass', 'fail']),
  reasons: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      step: z.number().optional(),
      action: Action.optional(),
      /** why the action was not seen (the face engine's sub-code), for apps that advise */
      why: z.string().optional(),
    }),
  ),
});
export const CertificateReply = z.object({
  number: z.string(),
  date: z.string(),
  photoUrl: z.string(),
});

export const RecordingReply = z.object({
  ...RecordingVerdict.shape,
  attemptsLeft: z.number(),
  selfServiceOpen: z.boolean(),
  certificate: CertificateReply.optional(),
  alternatives: Alternatives.optional(),
});

export const CertificateParams = z.object({ number: z.string().min(1).max(40) });

export const NoContent = z.null();
