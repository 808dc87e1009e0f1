import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { campaignDatesFor, type Profile } from '@lifecert/config';
import { monthIndexAt, monthStart, reminderPlan, shanghaiDate, type Clock } from '@lifecert/core';
import {
  appendAudit,
  createCampaign,
  getCampaignByYear,
  saveReminderPlan,
  type Database,
} from '@lifecert/db';
import type { DemoPerson } from './demo-people.ts';

// The lifecycle on the demo system: one made-up person whose payment was suspended at last
// year's close-out (the job runner sends them the suspension SMS through the console adapter,
// and they see the reason when they log in; certifying queues their resumption), and a reminder
// plan for this year's campaign, whose first step goes out on the first run of the jobs.

const SUSPENDED = 1; // has a mobile number, lives locally

export const suspendedDemoLogin = (people: readonly DemoPerson[]) => ({
  what: 'pensioner, payment suspended',
  username: people[SUSPENDED]!.idNumber,
  password: people[SUSPENDED]!.idNumber.slice(-6),
});

export async function seedLifecycleDemo(
  db: Kysely<Database>,
  profile: Profile,
  clock: Clock,
  people: readonly DemoPerson[],
): Promise<void> {
  const now = clock.now();
  const year = Number(shanghaiDate(now).slice(0, 4));
  const current = await getCampaignByYear(db, year);
  if (current) {
    await saveReminderPlan(
      db,
      current.id,
      reminderPlan(
        {
          year,
          windowStart: current.window_start,
          windowEnd: current.window_end,
          cutoff: current.cutoff_date,
          exemptionDate: current.exemption_date,
        },
        { atStart: true, daysBefore: [30, 7] },
      ),
    );
  }
  const person = await db
    .selectFrom('pensioners')
    .select(['id', 'district_code', 'paying_bank_code', 'category'])
    .where('id_number', '=', people[SUSPENDED]!.idNumber)
    .executeTakeFirst();
  if (!person || (await getCampaignByYear(db, year - 1))) return;

  const at = new Date(now);
  const effectiveOn = monthStart(monthIndexAt(now) + 1);
  await db.transaction().execute(async (trx) => {
    const dates = campaignDatesFor(profile.campaign, year - 1);
    const last = await createCampaign(trx, {
      year: year - 1,
      window_start: dates.windowStart,
      window_end: dates.windowEnd,
      cutoff_date: dates.cutoff,
      exemption_date: dates.exemptionDate,
      status: 'closed',
    });
    const batchId = randomUUID();
    await sql`insert into payment_batches (id, kind, campaign_id, state, as_of, created_at,
        committed_at)
      values (${batchId}, 'suspension', ${last.id}, 'committed', ${at.toISOString()},
        ${at.toISOString()}, ${at.toISOString()})`.execute(trx);
    await sql`insert into payment_batch_items (batch_id, pensioner_id, district_code,
        paying_bank_code, category, monthly_amount_fen, amount_fen)
      values (${batchId}, ${person.id}, ${person.district_code}, ${person.paying_bank_code},
        ${person.category}, 0, 0)`.execute(trx);
    await sql`update pensioners set benefit_status = 'suspended' where id = ${person.id}`.execute(
      trx,
    );
    await sql`insert into benefit_status_changes (pensioner_id, from_status, to_status, reason,
        batch_id, campaign_id, effective_on, at)
      values (${person.id}, 'active', 'suspended', 'not_certified', ${batchId}, ${last.id},
        ${effectiveOn}, ${at.toISOString()})`.execute(trx);
    const actor = { kind: 'system' as const, id: null };
    await appendAudit(
      trx,
      {
        actor,
        channel: 'demo',
        action: 'pensioner.benefit_suspended',
        entity: 'pensioner',
        entityId: person.id,
        details: { batchId, reason: 'not_certified', campaignYear: year - 1, effectiveOn },
        at,
      },
      {
        actor,
        channel: 'demo',
        action: 'payment_batch.committed',
        entity: 'payment_batch',
        entityId: batchId,
        details: { kind: 'suspension', suspended: 1, droppedAtCommit: {} },
        at,
      },
    );
  });
}
