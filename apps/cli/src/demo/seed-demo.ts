import { campaignDatesFor, profileOrganisations, type Profile } from '@lifecert/config';
import { shanghaiDate, type Clock, type StaffRole } from '@lifecert/core';
import { appendAudit, createCampaign, importPensioners, type Database } from '@lifecert/db';
import { hashPassword } from '@lifecert/server';
import type { Kysely } from 'kysely';
import { demoPeople } from './demo-people.ts';
import { seedLifecycleDemo, suspendedDemoLogin } from './lifecycle.ts';
import { seedReportsDemo } from './reports.ts';
import { seedHomeVisitDemo } from './home-visits.ts';
import { seedPaperFlowsDemo } from './paper-flows.ts';
import { seedInfoChangeDemo } from './info-changes.ts';

export type DemoLogins = { what: string; username: string; password: string }[];

type DemoStaff = { username: string; role: StaffRole; name: string; org: (p: Profile) => string };

const cityAgency = (p: Profile) => p.agencies[0]!.code;
const STAFF: DemoStaff[] = [
  { username: 'admin', role: 'admin', name: '系统管理员', org: cityAgency },
  {
    username: 'counter',
    role: 'counter_clerk',
    name: '窗口经办员',
    org: (p) => `${cityAgency(p)}/${p.agencies[0]!.counters[0]!.code}`,
  },
  { username: 'reviewer', role: 'reviewer', name: '待遇审核员', org: cityAgency },
  { username: 'auditor', role: 'auditor', name: '审计员', org: cityAgency },
  {
    username: 'bank',
    role: 'bank_clerk',
    name: '银行网点经办员',
    org: (p) => p.payingBanks[0]!.code,
  },
  {
    username: 'courier',
    role: 'courier',
    name: '上门服务人员',
    org: (p) => p.homeVisit.courier.code,
  },
];
const demoPassword = (username: string) => `demo-${username}-2018`;

/**
 * Loads the profile's organisations, demo staff, made-up pensioners and an open campaign into an
 * empty database. A database that already has staff is left alone, so restarts keep their data.
 */
export async function seedDemo(
  db: Kysely<Database>,
  profile: Profile,
  clock: Clock,
): Promise<DemoLogins> {
  const people = demoPeople(
    profile.districts.map((d) => d.code),
    profile.payingBanks.map((b) => b.code),
  );
  const logins: DemoLogins = [
    ...STAFF.map((s) => ({
      what: `staff: ${s.role}`,
      username: s.username,
      password: demoPassword(s.username),
    })),
    {
      what: 'pensioner (ID number)',
      username: people[0]!.idNumber,
      password: people[0]!.idNumber.slice(-6),
    },
    suspendedDemoLogin(people),
  ];
  const seeded = await db.selectFrom('staff_accounts').select('id').limit(1).executeTakeFirst();
  if (seeded) return logins;

  // Its own transaction, and idempotent: a start that failed after it simply runs it again.
  await importPensioners(db, people, {
    actor: { kind: 'system', id: null },
    channel: 'demo',
    source: { kind: 'demo' },
  });
  const hashes = await Promise.all(STAFF.map((s) => hashPassword(demoPassword(s.username))));
  await db.transaction().execute(async (trx) => {
    const actor = { kind: 'system' as const, id: null };
    const ids = new Map<string, string>();
    for (const o of profileOrganisations(profile)) {
      const row = await trx
        .insertInto('organisations')
        .values({
          kind: o.kind,
          code: o.code,
          parent_id: o.parentCode ? (ids.get(o.parentCode) ?? null) : null,
          name_zh: o.name['zh-CN'],
          name_en: o.name.en,
          district_code: o.districtCode,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(o.code, row.id);
    }
    for (const [i, s] of STAFF.entries()) {
      const organisationId = ids.get(s.org(profile));
      if (!organisationId)
        throw new Error(
          `demo staff ${s.username}: organisation ${s.org(profile)} is not in the profile`,
        );
      const staff = await trx
        .insertInto('staff_accounts')
        .values({
          organisation_id: organisationId,
          username: s.username,
          password_hash: hashes[i]!,
          role: s.role,
          display_name: s.name,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, {
        actor,
        channel: 'demo',
        action: 'staff.created',
        entity: 'staff_account',
        entityId: staff.id,
        details: { role: s.role },
      });
    }

    // An open campaign around today, so the demo can certify whatever the date.
    const today = shanghaiDate(clock.now());
    const year = Number(today.slice(0, 4));
    const dates = campaignDatesFor(profile.campaign, year);
    const windowEnd =
      today > dates.windowEnd ? shanghaiDate(clock.now() + 90 * 86_400_000) : dates.windowEnd;
    const windowStart = today < dates.windowStart ? today : dates.windowStart;
    const campaign = await createCampaign(trx, {
      year,
      window_start: windowStart,
      window_end: windowEnd,
      cutoff_date: dates.cutoff,
      exemption_date: dates.exemptionDate > windowStart ? windowStart : dates.exemptionDate,
      status: 'open',
    });
    await appendAudit(trx, {
      actor,
      channel: 'demo',
      action: 'campaign.created',
      entity: 'campaign',
      entityId: campaign.id,
      details: { year, windowStart, windowEnd },
    });
  });
  await seedLifecycleDemo(db, profile, clock, people);
  await seedReportsDemo(db, profile, clock);
  await seedHomeVisitDemo(db, profile, clock);
  await seedPaperFlowsDemo(db, profile, clock);
  await seedInfoChangeDemo(db, profile, clock);
  return logins;
}
