import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { shanghaiDayStart, type SmsSender } from '@lifecert/core';
import {
  addStaff,
  commitSuspensionBatch,
  enqueueJob,
  getCampaignById,
  lifecycleCampaign,
  queueStepNotices,
  saveReminderPlan,
  reminderSteps,
  suspensionDryRun,
  type Database,
} from '@lifecert/db';
import { smsDeliverJob } from '../kinds/sms-deliver.ts';
import { createJobRunner } from '../runner.ts';
import { seedBenchCampaign } from './seed-bench-campaign.ts';

export type CloseoutBenchResult = {
  people: number;
  seedSeconds: number;
  dryRun: { seconds: number; candidates: number; toSuspend: number; peoplePerSecond: number };
  commit: { seconds: number; suspended: number };
  reminderPlanning: { seconds: number; notices: number; perSecond: number };
  delivery: { seconds: number; sent: number; perSecond: number };
};

const seconds = (t0: number) => Math.round(performance.now() - t0) / 1000;

/**
 * Close-out and reminder figures on a fresh, migrated database (PostgreSQL for the real figure):
 * seeds `n` people, times the dry run after the deadline (target < 30 s for 1,000,000), its
 * commit, creating the week-before reminders, and delivering `deliver` of them through a
 * provider that answers at once, so the database's share of SMS throughput shows.
 */
export const closeoutBench = async (
  db: Kysely<Database>,
  n: number,
  opts: { deliver?: number; log?: (line: string) => void } = {},
): Promise<CloseoutBenchResult> => {
  const log = opts.log ?? (() => {});
  let t0 = performance.now();
  log(`seeding ${n.toLocaleString('en')} people and their certifications...`);
  const campaignId = await seedBenchCampaign(db, n);
  const seedSeconds = seconds(t0);
  const campaign = lifecycleCampaign((await getCampaignById(db, campaignId))!);

  log('reminders: creating the week-before notices...');
  await saveReminderPlan(db, campaignId, [{ key: 'before-7', sendOn: '2018-10-24' }]);
  const [step] = await reminderSteps(db, campaignId);
  t0 = performance.now();
  const notices = await queueStepNotices(db, campaign, step!, {
    nowMs: shanghaiDayStart('2018-10-24') + 9 * 3_600_000,
    secret: 'bench-secret',
    newId: randomUUID,
  });
  const planSeconds = seconds(t0);

  const deliver = Math.min(opts.deliver ?? 20_000, notices);
  log(`reminders: delivering ${deliver.toLocaleString('en')} through an instant provider...`);
  let sent = 0;
  const instant: SmsSender = {
    name: 'bench',
    send: () => Promise.resolve({ ok: true, providerRef: `b-${++sent}` }),
  };
  const clock = { now: () => shanghaiDayStart('2018-10-24') + 10 * 3_600_000 };
  const runner = createJobRunner({
    db,
    clock,
    workerId: 'bench',
    jobs: [
      smsDeliverJob({
        noticeSecret: 'bench-secret',
        sms: instant,
        newId: randomUUID,
        smsPerJob: deliver,
        sleep: () => Promise.resolve(),
      }),
    ],
  });
  await enqueueJob(db, { kind: 'sms.deliver' }, clock.now());
  t0 = performance.now();
  await runner.tick();
  const deliverSeconds = seconds(t0);

  log('close-out: dry run...');
  t0 = performance.now();
  const dry = await suspensionDryRun(db, campaign, {
    batchId: randomUUID(),
    nowMs: shanghaiDayStart('2018-11-05') + 9 * 3_600_000,
    actor: { kind: 'system', id: 'bench' },
  });
  const drySeconds = seconds(t0);
  if (!dry.ok) throw new Error(`dry run refused: ${dry.error.code}`);

  log('close-out: commit...');
  const admin = await addStaff(db, 'admin');
  t0 = performance.now();
  const commit = await commitSuspensionBatch(db, campaign, {
    batchId: dry.value.batchId,
    nowMs: shanghaiDayStart('2018-11-06') + 9 * 3_600_000,
    committedBy: admin,
  });
  const commitSeconds = seconds(t0);
  if (!commit.ok) throw new Error(`commit refused: ${commit.error.code}`);

  return {
    people: n,
    seedSeconds,
    dryRun: {
      seconds: drySeconds,
      candidates: dry.value.candidates,
      toSuspend: dry.value.toSuspend,
      peoplePerSecond: Math.round(n / Math.max(drySeconds, 0.001)),
    },
    commit: { seconds: commitSeconds, suspended: commit.value.suspended },
    reminderPlanning: {
      seconds: planSeconds,
      notices,
      perSecond: Math.round(notices / Math.max(planSeconds, 0.001)),
    },
    delivery: {
      seconds: deliverSeconds,
      sent,
      perSecond: Math.round(sent / Math.max(deliverSeconds, 0.001)),
    },
  };
};
