import { DEFAULT_RETENTION, purgeExpiredData } from '@lifecert/db';
import { registerJob, type RegisteredJob } from '../job-definition.ts';
import type { LifecycleJobDeps } from './lifecycle-deps.ts';

export const RETENTION_PURGE = 'retention.purge';

export type RetentionPurgePayload = Record<string, never>;

/**
 * Why: docs/data-protection.md promises that certification photos, self-service and assisted
 * attempts, one-time challenges, expired sessions, failed logins, paper-proof scans and replaced
 * reference photos are deleted after their periods; this
 * keeps the promise without anyone remembering to. Scheduled daily; each chunk is deleted and
 * audited (counts only) in one transaction, so a retry after a crash just continues.
 */
export const retentionPurgeJob = (deps: LifecycleJobDeps): RegisteredJob =>
  registerJob<RetentionPurgePayload>({
    kind: RETENTION_PURGE,
    parse: () => ({}),
    async run(_payload, ctx) {
      await purgeExpiredData(ctx.db, {
        nowMs: ctx.clock.now(),
        periods: deps.retention ?? DEFAULT_RETENTION,
        actor: { kind: 'system', id: RETENTION_PURGE },
      });
    },
  });
