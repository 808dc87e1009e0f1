// Information changes: counter clerks (in their district) and administrators take requests,
// reviewers and administrators decide them, never their own; the record changes only on approval.
import { getPensionerByIdNumber } from '@lifecert/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test-app.ts';
import { makeIdNumber } from '../self-service/test-fixtures.ts';
import {
  ACCOUNTS,
  ALL_ACCOUNTS,
  asStaff,
  decideAsStaff,
  startStaffApp,
  type AccountName,
  type PersonName,
  type StaffWorld,
} from '../staff/test-staff.ts';

let app: TestApp;
let world: StaffWorld;
let tokens: Record<AccountName, string>;

beforeAll(async () => {
  ({ app, world, tokens } = await startStaffApp());
});
afterAll(async () => {
  await app?.close();
});

const PROXY = { name: '王小明', idType: 'resident_id', idNumber: makeIdNumber(901, '410303') };
const inPerson = (
  changes: Record<string, string | null>,
  documents = ['pensioner_id_original'],
) => ({
  channel: 'in_person',
  documents,
  changes,
  reason: '本人来柜台更正',
});
const request = (account: AccountName | undefined, person: PersonName, body: unknown) =>
  asStaff(
    app,
    account && tokens[account],
    'POST',
    `/api/staff/pensioners/${world.personIds[person]}/info-changes`,
    body,
  );
const decide = (account: AccountName, id: string, verb: 'approve' | 'reject', reason?: string) =>
  decideAsStaff(app, tokens[account], `/api/staff/info-changes/${id}`, verb, reason);
type Change = {
  id: string;
  status: string;
  changes: { field: string; old: string | null; new: string | null }[];
};
type ErrorReply = { error: { code: string; details?: { field?: string } } };
const person = async (name: PersonName) =>
  await app.testDb.db
    .selectFrom('pensioners')
    .selectAll()
    .where('id', '=', world.personIds[name])
    .executeTakeFirstOrThrow();

const requesters = ['counter_clerk', 'admin'];
const approvers = ['reviewer', 'admin'];
const viewers = ['counter_clerk', 'reviewer', 'admin'];

describe('POST /api/staff/pensioners/:id/info-changes', () => {
  it.each(ALL_ACCOUNTS.filter((a) => !requesters.includes(ACCOUNTS[a])))(
    'refuses %s with 403',
    async (account) => {
      expect((await request(account, 'west', inPerson({ mobile: '13912345678' }))).statusCode).toBe(
        403,
      );
    },
  );
  it('answers 401 without a session and 404 to another district', async () => {
    expect((await request(undefined, 'west', inPerson({ mobile: '13912345678' }))).statusCode).toBe(
      401,
    );
    expect(
      (await request('eastCounter', 'west', inPerson({ mobile: '13912345678' }))).statusCode,
    ).toBe(404);
  });
  it('validates the new values with the registry rules', async () => {
    const res = await request(
      'westCounter',
      'west',
      inPerson({ mobile: '12345', payingBankCode: 'NOPE' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorReply>().error).toMatchObject({
      code: 'mobile_invalid',
      details: { field: 'mobile' },
    });
    const unknown = await request('westCounter', 'west', inPerson({ districtCode: '410303' }));
    expect(unknown.json<ErrorReply>().error.code).toBe('validation_failed');
    const same = await request('westCounter', 'west', inPerson({ name: '西区老人' }));
    expect(same.json<ErrorReply>().error.code).toBe('info_change_empty');
  });
  it('needs the documents the reference names for the channel', async () => {
    const noId = await request('westCounter', 'west', inPerson({ mobile: '13912345678' }, []));
    expect(noId.json<ErrorReply>().error.code).toBe('documents_incomplete');
    const proxyWithoutCopies = await request('westCounter', 'west', {
      ...inPerson({ mobile: '13912345678' }, ['proxy_id_original']),
      channel: 'proxy',
      proxy: PROXY,
    });
    expect(proxyWithoutCopies.json<ErrorReply>().error.code).toBe('documents_incomplete');
    const proxyWithoutId = await request('westCounter', 'west', {
      ...inPerson({ mobile: '13912345678' }, ['proxy_id_original', 'pensioner_id_copy_all_pages']),
      channel: 'proxy',
    });
    expect(proxyWithoutId.json<ErrorReply>().error).toMatchObject({
      code: 'field_required',
      details: { field: 'proxy' },
    });
  });
  it('records a proxy request pending, one at a time, without touching the record', async () => {
    const res = await request('westCounter', 'west', {
      ...inPerson({ mobile: '+86 139 1234 5678', address: '西区幸福路8号' }, [
        'proxy_id_original',
        'pensioner_id_copy_all_pages',
      ]),
      channel: 'proxy',
      proxy: PROXY,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<Change & { proxy: { idNumber: string } }>();
    expect(body.changes).toEqual([
      { field: 'mobile', old: null, new: '13912345678' },
      { field: 'address', old: null, new: '西区幸福路8号' },
    ]);
    expect(body.proxy.idNumber).not.toBe(PROXY.idNumber);
    expect((await person('west')).mobile).toBeNull();
    const again = await request('cityCounter', 'west', inPerson({ name: '西区新名' }));
    expect(again.json<ErrorReply>().error.code).toBe('approval_pending');
    const audit = await app.testDb.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'pensioner.info_change_requested')
      .execute();
    expect(JSON.stringify(audit)).not.toMatch(/1391234|幸福路|王小明/);
  });
  it('refuses an ID number another person holds', async () => {
    const res = await request('eastCounter', 'east', {
      ...inPerson({ idNumber: world.idNumbers.retiree }, [
        'pensioner_id_original',
        'new_id_document',
      ]),
    });
    expect(res.json<ErrorReply>().error.code).toBe('id_number_taken');
  });
});

describe('deciding information changes', () => {
  let westChange: string;
  beforeAll(async () => {
    const list = await asStaff(app, tokens.reviewer, 'GET', '/api/staff/info-changes');
    westChange = list.json<{ changes: Change[] }>().changes[0]!.id;
  });

  it.each(ALL_ACCOUNTS.filter((a) => !viewers.includes(ACCOUNTS[a])))(
    'keeps the values from %s',
    async (account) => {
      expect(
        (await asStaff(app, tokens[account], 'GET', '/api/staff/info-changes')).statusCode,
      ).toBe(403);
      const history = `/api/staff/pensioners/${world.personIds.west}/info-changes`;
      expect((await asStaff(app, tokens[account], 'GET', history)).statusCode).toBe(403);
    },
  );
  it('shows another district nothing', async () => {
    const east = await asStaff(app, tokens.eastCounter, 'GET', '/api/staff/info-changes');
    expect(east.json()).toEqual({ changes: [] });
    expect(
      (await asStaff(app, tokens.eastCounter, 'GET', `/api/staff/info-changes/${westChange}`))
        .statusCode,
    ).toBe(404);
  });
  it.each(ALL_ACCOUNTS.filter((a) => !approvers.includes(ACCOUNTS[a])))(
    'refuses a decision by %s with 403',
    async (account) => {
      expect((await decide(account, westChange, 'approve')).statusCode).toBe(403);
    },
  );
  it('applies an approval by the reviewer and keeps the history', async () => {
    const res = await decide('reviewer', westChange, 'approve');
    expect(res.statusCode).toBe(200);
    expect(res.json<Change>().status).toBe('approved');
    const p = await person('west');
    expect([p.mobile, p.address]).toEqual(['13912345678', '西区幸福路8号']);
    expect(
      (await decide('admin', westChange, 'reject', '重复审核')).json<ErrorReply>().error.code,
    ).toBe('not_pending');
    const history = await asStaff(
      app,
      tokens.westCounter,
      'GET',
      `/api/staff/pensioners/${world.personIds.west}/info-changes`,
    );
    const viewed = await app.testDb.db
      .selectFrom('audit_log')
      .select(['actor_id', 'entity_id'])
      .where('action', '=', 'pensioner.info_changes_viewed')
      .where('entity_id', '=', world.personIds.west)
      .execute();
    expect(viewed).toContainEqual({
      actor_id: world.staffIds.westCounter,
      entity_id: world.personIds.west,
    });
    expect(history.json<{ changes: Change[] }>().changes.map((c) => c.status)).toEqual([
      'approved',
    ]);
    const audit = await app.testDb.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'pensioner.info_change_approved')
      .execute();
    expect(audit).toEqual([
      {
        actor_id: world.staffIds.reviewer,
        details: expect.objectContaining({ fields: ['mobile', 'address'] }) as unknown,
      },
    ]);
  });
  it('never lets an administrator decide their own request', async () => {
    const newId = makeIdNumber(77, '410303');
    const own = await request(
      'admin',
      'east',
      inPerson({ idNumber: newId }, ['pensioner_id_original', 'new_id_document']),
    );
    expect(own.statusCode).toBe(201);
    const id = own.json<Change>().id;
    expect((await decide('admin', id, 'approve')).json<ErrorReply>().error.code).toBe(
      'four_eyes_required',
    );
    expect((await decide('reviewer', id, 'reject', ' ')).json<ErrorReply>().error.code).toBe(
      'field_required',
    );
    expect((await decide('reviewer', id, 'approve')).statusCode).toBe(200);
    // The corrected number is the person's key from now on.
    expect((await getPensionerByIdNumber(app.testDb.db, newId))?.id).toBe(world.personIds.east);
  });
  it('rejects with a reason and leaves the record as it was', async () => {
    const res = await request('eastCounter', 'banked', inPerson({ name: '银行新名' }));
    const id = res.json<Change>().id;
    const rejected = await decide('admin', id, 'reject', '证件姓名不一致');
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionReason: '证件姓名不一致' });
    expect((await person('banked')).name).toBe('银行老人');
  });
});

describe('GET /api/staff/pensioners/:id/info-values', () => {
  const path = () => `/api/staff/pensioners/${world.personIds.west}/info-values`;
  it('gives the requesting roles the current values inside the scope', async () => {
    const res = await asStaff(app, tokens.westCounter, 'GET', path());
    expect(res.json()).toMatchObject({ name: '西区老人', idNumber: world.idNumbers.west });
    expect((await asStaff(app, tokens.eastCounter, 'GET', path())).statusCode).toBe(404);
  });
  it.each(ALL_ACCOUNTS.filter((a) => !requesters.includes(ACCOUNTS[a])))(
    'refuses %s with 403',
    async (account) => {
      expect((await asStaff(app, tokens[account], 'GET', path())).statusCode).toBe(403);
    },
  );
});
