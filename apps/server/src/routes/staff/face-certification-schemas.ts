import { CHANNELS } from '@lifecert/core';
import { z } from 'zod';
import {
  CertificateReply,
  ChallengeParams,
  ChallengeReply,
  RecordingVerdict,
} from '../self-service/schemas.ts';

// The assisted face certification's shapes: the recording body and the challenge are
// self-service's own (apps/server/src/routes/self-service/schemas.ts), so one capture module
// serves both the phone and the staff device.
export { RecordingBody, RECORDING_BODY_LIMIT } from '../self-service/schemas.ts';

export const AssistedChallengeReply = ChallengeReply;

export const AssistedRecordingParams = z.object({
  id: z.uuid(),
  challengeId: ChallengeParams.shape.id,
});

export const AssistedPhotoParams = z.object({
  id: z.uuid(),
  number: z.string().min(1).max(40),
});

export const AssistedRecordingReply = z.object({
  ...RecordingVerdict.shape,
  channel: z.enum(CHANNELS),
  certificate: CertificateReply.optional(),
});
