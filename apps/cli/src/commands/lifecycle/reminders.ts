import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { checkNoticeCode, reminderPlan } from '@lifecert/core';
import {
  enqueueJob,
  getCampaignByYear,
  noticeCounts,
  noticeLookup,
  reminderSteps,
  saveReminderPlan,
} from '@lifecert/db';
import {
  REMINDERS_RUN_DUE,
  SMS_DELIVER,
  createJobRunner,
  lifecycleJobs,
  type JobEvent,
} from '@lifecert/jobs';
import { loadConfig, withDatabase } from '../../context.ts';
import {
  fail,
  instant,
  noticeSecret,
  print,
  smsSender,
  workerId,
  type SmsOptions,
} from './lifecycle-context.ts';

export const logJobEvent = (e: JobEvent) =>
  process.stderr.write(
    `${JSON.stringify({ job: e.kind, id: e.jobId, attempt: e.attempt, outcome: e.type, error: e.error })}\n`,
  );

export const addSmsOptions = (cmd: Command) =>
  cmd
    .option('--sms <adapter>', 'console, file:PATH or http (default: SMS_PROVIDER)')
    .option('--sms-url <url>', 'gateway endpoint for --sms http')
    .option('--sms-key-file <path>', 'file holding the gateway key for --sms http')
    .option('--sms-rate <n>', 'messages per second (default: SMS_RATE)');

export function registerReminders(program: Command) {
  const reminders = program
    .command('reminders')
    .description('SMS reminders to people still pending');

  reminders
    .command('plan')
    .description('Store the reminder plan of a campaign (re-running keeps steps already sent)')
    .requiredOption('--year <year>', 'campaign year')
    .option('--no-start', 'no reminder on the first day of the window')
    .option('--days-before <list>', 'days before the deadline, comma-separated', '30,7')
    .action(async (opts: { year: string; start: boolean; daysBefore: string }) => {
      await withDatabase(async ({ db }) => {
        const c = await getCampaignByYear(db, Number(opts.year));
        if (!c) return fail(`no campaign for ${opts.year}`);
        const daysBefore = opts.daysBefore.split(',').filter(Boolean).map(Number);
        const steps = reminderPlan(
          {
            year: c.year,
            windowStart: c.window_start,
            windowEnd: c.window_end,
            cutoff: c.cutoff_date,
            exemptionDate: c.exemption_date,
          },
          { atStart: opts.start, daysBefore },
        );
        await saveReminderPlan(db, c.id, steps);
        print(await reminderSteps(db, c.id));
      });
    });

  addSmsOptions(
    reminders
      .command('run')
      .description(
        'Queue the reminders due today and deliver them now (what the job worker does hourly)',
      )
      .option(
        '--at <date>',
        'as if on this day (YYYY-MM-DD, 09:00 Shanghai), to replay a campaign',
      ),
  ).action(async (opts: SmsOptions & { smsRate?: string; at?: string }) => {
    const start = instant(opts.at);
    if (start === null) return fail('--at: expected YYYY-MM-DD');
    const offset = start - Date.now();
    await withDatabase(async ({ db }) => {
      const clock = { now: () => Date.now() + offset };
      const runner = createJobRunner({
        db,
        clock,
        workerId: workerId(),
        jobs: lifecycleJobs({
          noticeSecret: noticeSecret(),
          sms: await smsSender(opts),
          smsPerSecond: Number(opts.smsRate ?? loadConfig().sms.ratePerSecond),
          newId: randomUUID,
        }),
        onEvent: logJobEvent,
      });
      await enqueueJob(db, { kind: REMINDERS_RUN_DUE }, clock.now());
      await enqueueJob(db, { kind: SMS_DELIVER }, clock.now());
      await runner.drain();
      print(await noticeCounts(db));
    });
  });

  reminders
    .command('check <code>')
    .description('Tell whether a code in an SMS belongs to a notice the agency sent')
    .action(async (code: string) => {
      await withDatabase(async ({ db }) => {
        print(await checkNoticeCode(code, { secret: noticeSecret(), notices: noticeLookup(db) }));
      });
    });
}
