import { randomUUID } from 'node:crypto';
import { noticeCode } from '@lifecert/core';
import { addCampaign2018, addPerson } from '@lifecert/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOTICE_SECRET, type TestApp } from '../../test-app.ts';

let app: TestApp;
let sentCode: string;
let queuedCode: string;

beforeAll(async () => {
  app = await buildTestApp();
  const { db } = app.testDb;
  const campaign = await addCampaign2018(db);
  const notice = async (state: 'sent' | 'queued') => {
    const person = await addPerson(db);
    const id = randomUUID();
    const at = new Date('2018-10-24T01:00:00Z');
    // The lifecycle tables are written with plain SQL (they are not in the Kysely schema).
    await sql`
      insert into sms_notices
        (id, campaign_id, pensioner_id, kind, code, state, next_attempt_at, created_at, sent_at)
      values (${id}, ${campaign.id}, ${person.id}, 'reminder', ${noticeCode(TEST_NOTICE_SECRET, id)},
        ${state}, ${at}, ${at}, ${state === 'sent' ? at : null})`.execute(db);
    return noticeCode(TEST_NOTICE_SECRET, id);
  };
  sentCode = await notice('sent');
  queuedCode = await notice('queued');
});
afterAll(async () => {
  await app.close();
});

const check = (code: string) => app.inject({ method: 'GET', url: `/api/public/notices/${code}` });

describe('notice code check', () => {
  it('confirms a code the agency sent, naming only the kind, year and day', async () => {
    const res = await check(sentCode.toLowerCase());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      genuine: true,
      kind: 'reminder',
      campaignYear: 2018,
      sentOn: '2018-10-24',
    });
  });

  it('does not vouch for a code never sent, nor for a made-up one', async () => {
    expect((await check(queuedCode)).json()).toEqual({ genuine: false });
    const madeUp = sentCode.slice(0, -1) + (sentCode.endsWith('2') ? '3' : '2');
    expect((await check(madeUp)).json()).toEqual({ genuine: false });
  });

  it('refuses an over-long code with the error model', async () => {
    const res = await check('X'.repeat(40));
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('validation_failed');
  });
});
