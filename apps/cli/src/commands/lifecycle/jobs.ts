import type { Command } from 'commander';
import { loadProfile } from '@lifecert/config';
import { listJobs } from '@lifecert/db';
import { createJobRunner, lifecycleJobs, lifecycleSchedules } from '@lifecert/jobs';
import { loadConfig, withDatabase } from '../../context.ts';
import { print, smsSender, workerId, type SmsOptions } from './lifecycle-context.ts';
import { addSmsOptions, logJobEvent } from './reminders.ts';
import { lifecycleDepsFor } from './serve-jobs.ts';

export function registerJobs(program: Command) {
  const jobs = program.command('jobs').description('Background jobs shared by every instance');

  addSmsOptions(
    jobs
      .command('work')
      .description('Run the job worker until interrupted (any number of instances may run)'),
  )
    .option('--poll <ms>', 'wait between empty polls', '2000')
    .action(async (opts: SmsOptions & { smsRate?: string; poll: string }) => {
      await withDatabase(async ({ db }) => {
        const config = loadConfig();
        const profile = await loadProfile(config.profilePath);
        const deps = lifecycleDepsFor(
          config,
          await smsSender(opts),
          profile.campaign.coveredSchemes,
        );
        const runner = createJobRunner({
          db,
          clock: { now: () => Date.now() },
          workerId: workerId(),
          jobs: lifecycleJobs({
            ...deps,
            ...(opts.smsRate ? { smsPerSecond: Number(opts.smsRate) } : {}),
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
