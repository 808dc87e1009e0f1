export * from './backoff.ts';
export * from './job-definition.ts';
export * from './kinds/lifecycle-deps.ts';
export * from './kinds/reminders-run-due.ts';
export * from './kinds/resumptions-queue.ts';
export * from './kinds/sms-deliver.ts';
export * from './lifecycle-jobs.ts';
export * from './runner.ts';
