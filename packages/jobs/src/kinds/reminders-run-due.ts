import { dueSteps } from '@lifecert/core';
import { getCampaignById, queueStepNotices, reminderSteps } from '@lifecert/db';
import { registerJob, type RegisteredJob } from '../job-definition.ts';
import { loadCampaign, type LifecycleJobDeps } from './lifecycle-deps.ts';
import { SMS_DELIVER } from './sms-deliver.ts';

export const REMINDERS_RUN_DUE = 'reminders.run-due';

/** No input: it looks at every open campaign's plan. */
export type RemindersRunDuePayload = Record<string, never>;

export const remindersRunDuePayload = (): RemindersRunDuePayload => ({});

/**
 * Why: reminders must reach everyone still pending on the planned days, and only them, even if
 * no instance was running that morning. Scheduled hourly; each due step's notices are created
 * (idempotently: a step reaches a person at most once) and delivery is handed to sms.deliver,
 * which owns pacing and retries. A step found after the deadline creates nothing.
 */
export const remindersRunDueJob = (deps: LifecycleJobDeps): RegisteredJob =>
  registerJob<RemindersRunDuePayload>({
    kind: REMINDERS_RUN_DUE,
    parse: () => ({}),
    async run(_payload, ctx) {
      const nowMs = ctx.clock.now();
      const planned = (await reminderSteps(ctx.db)).filter((s) => s.state === 'planned');
      let queued = 0;
      for (const step of dueSteps(planned, nowMs)) {
        const row = await getCampaignById(ctx.db, step.campaignId);
        if (row?.status !== 'open') continue;
        const campaign = await loadCampaign(ctx.db, step.campaignId, deps);
        if (!campaign) continue;
        queued += await queueStepNotices(ctx.db, campaign, step, {
          nowMs,
          secret: deps.noticeSecret,
          newId: deps.newId,
        });
      }
      if (queued > 0) {
        await ctx.enqueue({ kind: SMS_DELIVER, uniqueKey: `sms.deliver:after:${ctx.jobId}` });
      }
    },
  });
