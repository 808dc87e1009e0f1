import { setTimeout as wait } from 'node:timers/promises';
import { reminderText } from '@lifecert/core';
import { claimNotices, markNoticeFailed, markNoticeSent } from '@lifecert/db';
import { exponentialBackoff } from '../backoff.ts';
import { registerJob, type RegisteredJob } from '../job-definition.ts';
import type { LifecycleJobDeps } from './lifecycle-deps.ts';

export const SMS_DELIVER = 'sms.deliver';

export type SmsDeliverPayload = Record<string, never>;

const retryDelay = exponentialBackoff(60_000, 6 * 3_600_000);

/**
 * Why: the provider limits our rate and sometimes refuses, and a pensioner must never get the
 * same notice twice. Notices are claimed one at a time (queued -> sending, committed before the
 * provider call), paced at `smsPerSecond`, and marked sent or requeued with backoff. A crash
 * leaves at most one notice in `sending`, which is never resent. After `smsPerJob` messages the
 * job enqueues its successor, so one job never holds a lease for hours.
 */
export const smsDeliverJob = (deps: LifecycleJobDeps): RegisteredJob =>
  registerJob<SmsDeliverPayload>({
    kind: SMS_DELIVER,
    parse: () => ({}),
    async run(_payload, ctx) {
      const pause = deps.sleep ?? ((ms: number) => wait(ms));
      const intervalMs = 1000 / (deps.smsPerSecond ?? 20);
      const maxAttempts = deps.smsMaxAttempts ?? 5;
      const perJob = deps.smsPerJob ?? 5000;
      for (let sent = 0; sent < perJob; sent++) {
        // Pause before claiming, so a crash mid-pause strands no notice in `sending`.
        if (sent > 0) await pause(intervalMs);
        const [notice] = await claimNotices(ctx.db, { nowMs: ctx.clock.now(), limit: 1 });
        if (!notice) return;
        const result =
          notice.mobile === ''
            ? ({ ok: false, retriable: false, error: 'no_mobile' } as const)
            : await deps.sms.send({
                noticeId: notice.id,
                to: notice.mobile,
                text: reminderText({
                  year: notice.campaignYear,
                  windowEnd: notice.windowEnd,
                  code: notice.code,
                }),
              });
        const nowMs = ctx.clock.now();
        if (result.ok) {
          await markNoticeSent(ctx.db, notice.id, {
            nowMs,
            provider: deps.sms.name,
            providerRef: result.providerRef,
          });
        } else {
          const retry = result.retriable && notice.attempts < maxAttempts;
          await markNoticeFailed(ctx.db, notice.id, {
            provider: deps.sms.name,
            error: result.error,
            retryAtMs: retry ? nowMs + retryDelay(notice.attempts) : null,
          });
        }
      }
      await ctx.enqueue({ kind: SMS_DELIVER, uniqueKey: `sms.deliver:after:${ctx.jobId}` });
    },
  });
