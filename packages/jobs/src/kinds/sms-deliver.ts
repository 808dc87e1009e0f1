import { setTimeout as wait } from 'node:timers/promises';
import { noticeText, type OutgoingNoticeText } from '@lifecert/core';
import { claimNotices, settleNotices, type NoticeOutcome, type OutgoingNotice } from '@lifecert/db';
import { exponentialBackoff } from '../backoff.ts';
import { registerJob, type RegisteredJob } from '../job-definition.ts';
import type { LifecycleJobDeps } from './lifecycle-deps.ts';

export const SMS_DELIVER = 'sms.deliver';

export type SmsDeliverPayload = Record<string, never>;

const retryDelay = exponentialBackoff(60_000, 6 * 3_600_000);

/** Notices claimed per round trip: a crash leaves at most this many unsure, never resent. */
const CLAIM_BATCH = 10;

const textOf = (n: OutgoingNotice): OutgoingNoticeText => {
  if (n.kind === 'reminder') {
    return { kind: 'reminder', year: n.campaignYear, windowEnd: n.windowEnd, code: n.code };
  }
  // Suspension and resumption notices always carry their status change (a foreign key).
  const effectiveOn = n.effectiveOn ?? n.windowEnd;
  return n.kind === 'suspension'
    ? { kind: 'suspension', year: n.campaignYear, effectiveOn, code: n.code }
    : { kind: 'resumption', effectiveOn, code: n.code };
};

/**
 * Why: the provider limits our rate and sometimes refuses, and a pensioner must never get the
 * same notice twice. Notices are claimed a few at a time (queued -> sending, committed before
 * any provider call), paced at `smsPerSecond`, then settled as sent or requeued with backoff.
 * A crash leaves at most one claim's notices in `sending`, never resent. After `smsPerJob`
 * messages the job enqueues its successor, so one job never holds a lease for hours.
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
      let sent = 0;
      // A stopping server ends the job between claims; its successor carries on elsewhere.
      while (sent < perJob && !ctx.signal.aborted) {
        const limit = Math.min(CLAIM_BATCH, perJob - sent);
        const notices = await claimNotices(ctx.db, { nowMs: ctx.clock.now(), limit });
        if (notices.length === 0) return;
        const outcomes: NoticeOutcome[] = [];
        for (const notice of notices) {
          if (sent > 0) await pause(intervalMs);
          sent += 1;
          const result =
            notice.mobile === ''
              ? ({ ok: false, retriable: false, error: 'no_mobile' } as const)
              : await deps.sms.send({
                  noticeId: notice.id,
                  to: notice.mobile,
                  text: noticeText(textOf(notice)),
                });
          const nowMs = ctx.clock.now();
          outcomes.push(
            result.ok
              ? {
                  id: notice.id,
                  sent: true,
                  provider: deps.sms.name,
                  providerRef: result.providerRef,
                  atMs: nowMs,
                }
              : {
                  id: notice.id,
                  sent: false,
                  provider: deps.sms.name,
                  error: result.error,
                  retryAtMs:
                    result.retriable && notice.attempts < maxAttempts
                      ? nowMs + retryDelay(notice.attempts)
                      : null,
                },
          );
        }
        await settleNotices(ctx.db, outcomes);
      }
      await ctx.enqueue({ kind: SMS_DELIVER, uniqueKey: `sms.deliver:after:${ctx.jobId}` });
    },
  });
