import { queueResumptions } from '@lifecert/db';
import { registerJob, type RegisteredJob } from '../job-definition.ts';

export const RESUMPTIONS_QUEUE = 'resumptions.queue';

export type ResumptionsQueuePayload = Record<string, never>;

/**
 * Why: a suspended person who certifies late, by any channel, must not wait for someone to
 * notice. Scheduled hourly; queues each such person once (one request per suspension) with the
 * months in arrears, for the next resumption batch.
 */
export const resumptionsQueueJob = (): RegisteredJob =>
  registerJob<ResumptionsQueuePayload>({
    kind: RESUMPTIONS_QUEUE,
    parse: () => ({}),
    async run(_payload, ctx) {
      await queueResumptions(ctx.db, {
        nowMs: ctx.clock.now(),
        actor: { kind: 'system', id: RESUMPTIONS_QUEUE },
      });
    },
  });
