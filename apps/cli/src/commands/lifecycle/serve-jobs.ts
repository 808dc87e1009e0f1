import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '@lifecert/config';
import {
  deriveNoticeSecret,
  type Clock,
  type InsuranceScheme,
  type SmsSender,
} from '@lifecert/core';
import type { Database } from '@lifecert/db';
import {
  createJobRunner,
  lifecycleJobs,
  lifecycleSchedules,
  type JobEvent,
  type JobRunner,
  type LifecycleJobDeps,
} from '@lifecert/jobs';
import { smsFromSettings, workerId } from './lifecycle-context.ts';

/** What every lifecycle job needs, from the process settings and the jurisdiction profile. */
export const lifecycleDepsFor = (
  config: Config,
  sms: SmsSender,
  coveredSchemes?: readonly InsuranceScheme[],
): LifecycleJobDeps => ({
  noticeSecret: deriveNoticeSecret(config.sessionSecret),
  sms,
  smsPerSecond: config.sms.ratePerSecond,
  retention: config.retention,
  newId: randomUUID,
  ...(coveredSchemes ? { coveredSchemes } : {}),
});

/**
 * The job runner inside `lifecert serve`: reminders, SMS delivery, suspension and resumption
 * notices, the resumption queue and the retention purge, on their schedules. Every instance may
 * run it against one PostgreSQL database (jobs are claimed with SKIP LOCKED). Null with JOBS=off,
 * e.g. for instances that should only answer requests while a `lifecert jobs work` does the rest.
 */
export const startServeJobs = (opts: {
  config: Config;
  db: Kysely<Database>;
  clock: Clock;
  coveredSchemes?: readonly InsuranceScheme[];
  onEvent?: (event: JobEvent) => void;
  sms?: SmsSender;
  pollMs?: number;
}): JobRunner | null => {
  if (!opts.config.jobs.enabled) return null;
  const runner = createJobRunner({
    db: opts.db,
    clock: opts.clock,
    workerId: workerId(),
    jobs: lifecycleJobs(
      lifecycleDepsFor(
        opts.config,
        opts.sms ?? smsFromSettings(opts.config.sms),
        opts.coveredSchemes,
      ),
    ),
    schedules: lifecycleSchedules(),
    pollMs: opts.pollMs ?? 2000,
    ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
  });
  runner.start();
  return runner;
};
