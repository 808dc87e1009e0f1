// Reopening self-service: counter clerks (in their district) and administrators only, and only
// for people the attempt limit shut out.
import { getCampaignByYear } from '@lifecert/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test-app.ts';
import {
  ACCOUNTS,
  ALL_ACCOUNTS,
  asStaff,
  startStaffApp,
  type AccountName,
  type PersonName,
  type StaffWorld,
} from './test-staff.ts';

const T0 = Date.parse('2018-08-01T02:00:00Z');
let app: TestApp;
let world: StaffWorld;
let tokens: Record<AccountName, string>;
let limit: number;

/** Fails the person's self-service up to the limit, as the phone would record it. */
const exhaust = async (person: PersonName) => {
  const campaign = (await getCampaignByYear(app.testDb.db, 2018))!;
  await app.testDb.db
    .insertInto('self_service_attempts')
    .values(
      Array.from({ length: limit }, (_, i) => ({
        pensioner_id: world.personIds[person],
        campaign_id: campaign.id,
        started_at: new Date(T0 - 3_600_000 + i * 60_000),
        finished_at: new Date(T0 - 3_600_000 + i * 60_000 + 30_000),
        outcome: 'failed' as const,
      })),
    )
    .execute();
};

beforeAll(async () => {
  ({ app, world, tokens } = await startStaffApp());
  limit = app.deps.profile.selfService.attemptLimit;
  await exhaust('west');
  await exhaust('east');
});
afterAll(async () => {
  await app?.close();
});

const reopen = (account: AccountName | undefined, person: PersonName) =>
  asStaff(
    app,
    account && tokens[account],
    'POST',
    `/api/staff/pensioners/${world.personIds[person]}/self-service/reopen`,
  );
type Allowance = { attempts: { used: number; limit: number }; selfServiceOpen: boolean };
const allowanceOf = async (person: PersonName) =>
  (
    await asStaff(app, tokens.reviewer, 'GET', `/api/staff/pensioners/${world.personIds[person]}`)
  ).json<Allowance>();

describe('POST /api/staff/pensioners/:id/self-service/reopen', () => {
  it.each(ALL_ACCOUNTS.filter((a) => !['counter_clerk', 'admin'].includes(ACCOUNTS[a])))(
    'refuses %s with 403',
    async (account) => {
      expect((await reopen(account, 'west')).statusCode).toBe(403);
      expect((await allowanceOf('west')).selfServiceOpen).toBe(false);
    },
  );

  it('answers 401 without a session', async () => {
    expect((await reopen(undefined, 'west')).statusCode).toBe(401);
  });

  it('refuses a counter clerk of another district with 404', async () => {
    expect((await reopen('eastCounter', 'west')).statusCode).toBe(404);
    expect((await allowanceOf('west')).selfServiceOpen).toBe(false);
  });

  it('gives the district counter clerk a fresh allowance, audited', async () => {
    expect(await allowanceOf('west')).toMatchObject({
      attempts: { used: limit },
      selfServiceOpen: false,
    });
    const res = await reopen('westCounter', 'west');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ attempts: { used: 0, limit }, selfServiceOpen: true });
    expect((await allowanceOf('west')).selfServiceOpen).toBe(true);
    const audit = await app.testDb.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'self_service.reopened')
      .where('entity_id', '=', world.personIds.west)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ actor_kind: 'staff', actor_id: world.staffIds.westCounter }),
    ]);
  });

  it('refuses to reopen someone who still has attempts left', async () => {
    const res = await reopen('westCounter', 'west');
    expect(res.statusCode).toBe(409);
    expect((await reopen('admin', 'banked')).statusCode).toBe(409);
  });

  it('refuses while the campaign is not open', async () => {
    await app.testDb.db.updateTable('campaigns').set({ status: 'closed' }).execute();
    try {
      const res = await reopen('admin', 'east');
      expect(res.statusCode).toBe(409);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('campaign_not_open');
    } finally {
      await app.testDb.db.updateTable('campaigns').set({ status: 'open' }).execute();
    }
  });

  it('lets an administrator reopen anyone', async () => {
    const res = await reopen('admin', 'east');
    expect(res.statusCode).toBe(200);
    expect(res.json<Allowance>().selfServiceOpen).toBe(true);
  });
});
