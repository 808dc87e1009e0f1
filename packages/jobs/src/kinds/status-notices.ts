import { queueStatusNotices } from '@lifecert/db';
import { registerJob, type RegisteredJob } from '../job-definition.ts';
import type { LifecycleJobDeps } from './lifecycle-deps.ts';
import { SMS_DELIVER } from './sms-deliver.ts';

export const STATUS_NOTICES = 'notices.status-changes';

export type StatusNoticesPayload = Record<string, never>;

/** Changes older than this are not announced: a late SMS about an old change confuses more than it helps. */
const HORIZON_MS = 7 * 86_400_000;

/**
 * Why: a person whose payment is suspended must hear it from us, with a code they can check, and
 * hear again when it resumes. Scheduled every few minutes, it creates one notice per committed
 * suspension or resumption (at most one per status change, whatever retries or instances do)
 * and hands delivery to sms.deliver. Committing a batch therefore needs no SMS secret or
 * provider, and a batch committed while no server ran is announced when one starts.
 */
export const statusNoticesJob = (deps: LifecycleJobDeps): RegisteredJob =>
  registerJob<StatusNoticesPayload>({
    kind: STATUS_NOTICES,
    parse: () => ({}),
    async run(_payload, ctx) {
      const nowMs = ctx.clock.now();
      const created = await queueStatusNotices(ctx.db, {
        nowMs,
        sinceMs: nowMs - HORIZON_MS,
        secret: deps.noticeSecret,
        newId: deps.newId,
        actor: { kind: 'system', id: STATUS_NOTICES },
      });
      if (created.suspension + created.resumption > 0) {
        await ctx.enqueue({ kind: SMS_DELIVER, uniqueKey: `sms.deliver:after:${ctx.jobId}` });
      }
    },
  });
