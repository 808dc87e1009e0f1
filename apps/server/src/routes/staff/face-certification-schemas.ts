import { CHALLENGE_ACTIONS, CHANNELS } from '@lifecert/core';
import { z } from 'zod';
import { ChallengeParams, ChallengeReply } from '../self-service/schemas.ts';

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
  decision: z.enum(['pass', 'fail']),
  reasons: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      step: z.number().optional(),
      action: z.enum(CHALLENGE_ACTIONS).optional(),
    }),
  ),
  channel: z.enum(CHANNELS),
  certificate: z.object({ number: z.string(), date: z.string(), photoUrl: z.string() }).optional(),
});
