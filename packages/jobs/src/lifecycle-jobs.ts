import type { RegisteredJob, Schedule } from './job-definition.ts';
import type { LifecycleJobDeps } from './kinds/lifecycle-deps.ts';
import { REMINDERS_RUN_DUE, remindersRunDueJob } from './kinds/reminders-run-due.ts';
import { RESUMPTIONS_QUEUE, resumptionsQueueJob } from './kinds/resumptions-queue.ts';
import { RETENTION_PURGE, retentionPurgeJob } from './kinds/retention-purge.ts';
import { SMS_DELIVER, smsDeliverJob } from './kinds/sms-deliver.ts';
import { STATUS_NOTICES, statusNoticesJob } from './kinds/status-notices.ts';

const HOUR = 3_600_000;

/** Every lifecycle job kind, ready for createJobRunner. */
export const lifecycleJobs = (deps: LifecycleJobDeps): RegisteredJob[] => [
  remindersRunDueJob(deps),
  smsDeliverJob(deps),
  resumptionsQueueJob(),
  statusNoticesJob(deps),
  retentionPurgeJob(deps),
];

/**
 * Reminders and resumptions hourly; delivery every few minutes picks up retries; suspension and
 * resumption notices within minutes of a batch's commit; the retention purge daily.
 */
export const lifecycleSchedules = (): Schedule[] => [
  { name: 'reminders', kind: REMINDERS_RUN_DUE, everyMs: HOUR },
  { name: 'sms-retries', kind: SMS_DELIVER, everyMs: 5 * 60_000 },
  { name: 'resumptions', kind: RESUMPTIONS_QUEUE, everyMs: HOUR },
  { name: 'status-notices', kind: STATUS_NOTICES, everyMs: 2 * 60_000 },
  { name: 'retention', kind: RETENTION_PURGE, everyMs: 24 * HOUR },
];
