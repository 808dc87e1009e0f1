import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { listJobs } from '@lifecert/db';
import { createJobRunner, lifecycleJobs, lifecycleSchedules } from '@lifecert/jobs';
import { withDatabase } from '../../context.ts';
import { noticeSecret, print, smsSender, workerId, type SmsOptions } from './lifecycle-context.ts';
import { addSmsOptions, logJobEvent } from './reminders.ts';

export function registerJobs(program: Command) {
  const jobs = program.command('jobs').description('Background jobs shared by every instance');

  addSmsOptions(
    jobs
      .command('work')
      .description('Run the job worker until interrupted (any number of instances may run)'),
  )
    .option('--poll <ms>', 'wait between empty polls', '2000')
    .action(async (opts: SmsOptions & { smsRate: string; poll: string }) => {
      await withDatabase(async ({ db }) => {
        const runner = createJobRunner({
          db,
          clock: { now: () => Date.now() },
          workerId: workerId(),
          jobs: lifecycleJobs({
            noticeSecret: noticeSecret(),
            sms: await smsSender(opts),
            smsPerSecond: Number(opts.smsRate),
            newId: randomUUID,
          }),
          schedules: lifecycleSchedules(),
          pollMs: Number(opts.poll),
          onEvent: logJobEvent,
        });
        runner.start();
        process.stderr.write('job worker running; Ctrl-C to stop after the current job\n');
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await runner.stop();
      });
    });

  jobs
    .command('list')
    .description('Jobs and their states')
    .option('--kind <kind>', 'only this kind')
    .action(async (opts: { kind?: string }) => {
      await withDatabase(async ({ db }) => print(await listJobs(db, opts.kind)));
    });
}
