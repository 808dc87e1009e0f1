import { diffInfoChange } from '@lifecert/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-log.ts';
import { seedFourEyesWorld } from '../four-eyes/test-four-eyes.ts';
import { syntheticPensioner } from '../synthetic-pensioners.ts';
import { createTestDb, type TestDb } from '../test-db.ts';
import {
  decideInfoChange,
  getInfoChange,
  idNumberHeldByOther,
  infoChangesOf,
  infoValuesOf,
  listInfoChanges,
  requestInfoChange,
  type InfoChangeRequest,
} from './index.ts';

const rules = { districtCodes: new Set(['410302']), bankCodes: new Set(['ICBC', 'BOC']) };

describe('information change repository', () => {
  let t: TestDb;
  let clerk: string;
  let reviewer: string;
  let orgId: string;
  const person = { ...syntheticPensioner(0), districtCode: '410302', mobile: '13800000000' };
  const other = syntheticPensioner(1);
  let personId: string;
  let requests = 0;

  const current = async () => {
    const p = await t.db
      .selectFrom('pensioners')
      .selectAll()
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    return p;
  };
  const requestOf = async (
    requested: Parameters<typeof diffInfoChange>[1],
  ): Promise<InfoChangeRequest> => {
    const diff = diffInfoChange(infoValuesOf(await current()), requested, rules);
    if (!diff.ok) throw new Error(JSON.stringify(diff.errors));
    return {
      pensionerId: personId,
      channel: 'proxy',
      proxy: { name: '李四', idType: 'resident_id', idNumber: other.idNumber },
      documents: ['proxy_id_original', 'pensioner_id_copy_all_pages'],
      changes: diff.changes,
      reason: '本人电话更换',
      staffId: clerk,
      organisationId: orgId,
      atMs: Date.parse('2018-08-01T02:00:00Z') + ++requests * 60_000,
    };
  };
  const decide = (changeId: string, decision: 'approve' | 'reject', staffId = reviewer) =>
    decideInfoChange(t.db, {
      changeId,
      decision,
      reason: decision === 'reject' ? '材料不符合要求' : null,
      staffId,
      atMs: Date.parse('2018-08-02T02:00:00Z'),
    });

  beforeAll(async () => {
    t = await createTestDb();
    ({
      orgId,
      clerk,
      reviewer,
      personIds: [personId],
    } = await seedFourEyesWorld(t, [person, other]));
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps a request pending without touching the person, one at a time', async () => {
    const r = await requestInfoChange(t.db, await requestOf({ mobile: '13900000000' }));
    expect(r).not.toBeNull();
    expect(await requestInfoChange(t.db, await requestOf({ address: '新地址' }))).toBeNull();
    expect((await current()).mobile).toBe('13800000000');
    const [row] = await listInfoChanges(t.db, { kind: 'all' }, 'pending');
    expect(row).toMatchObject({
      pensionerId: personId,
      channel: 'proxy',
      proxy: { name: '李四', idNumber: other.idNumber },
      documents: ['proxy_id_original', 'pensioner_id_copy_all_pages'],
      changes: [{ field: 'mobile', old: '13800000000', new: '13900000000' }],
    });
    expect(
      await listInfoChanges(t.db, { kind: 'district', districtCode: '410303' }, 'pending'),
    ).toEqual([]);
  });

  it('applies an approval by a second member of staff, never by the requester', async () => {
    const [row] = await listInfoChanges(t.db, { kind: 'all' }, 'pending');
    expect(await decide(row!.id, 'approve', clerk)).toEqual({
      ok: false,
      error: 'four_eyes_required',
    });
    expect(await decide(row!.id, 'approve')).toEqual({ ok: true, pensionerId: personId });
    expect((await current()).mobile).toBe('13900000000');
    expect(await decide(row!.id, 'reject')).toEqual({ ok: false, error: 'not_pending' });
  });

  it('refuses a stale approval and leaves the row alone', async () => {
    const { changeId } = (await requestInfoChange(
      t.db,
      await requestOf({ address: '新地址1号' }),
    ))!;
    await t.db
      .updateTable('pensioners')
      .set({ address: '别人改的' })
      .where('id', '=', personId)
      .execute();
    expect(await decide(changeId, 'approve')).toEqual({ ok: false, error: 'info_change_stale' });
    expect((await current()).address).toBe('别人改的');
    expect(await decide(changeId, 'reject')).toEqual({ ok: true, pensionerId: personId });
    expect((await getInfoChange(t.db, { kind: 'all' }, changeId))?.status).toBe('rejected');
  });

  it('refuses an ID number that another person holds by approval time', async () => {
    const req = await requestOf({ idNumber: other.idNumber });
    expect(await idNumberHeldByOther(t.db, other.idNumber, personId)).toBe(true);
    const { changeId } = (await requestInfoChange(t.db, req))!;
    expect(await decide(changeId, 'approve')).toEqual({ ok: false, error: 'id_number_taken' });
    await decide(changeId, 'reject');
  });

  it('keeps the history newest first and audits field names only', async () => {
    const history = await infoChangesOf(t.db, personId);
    expect(history.map((h) => h.status)).toEqual(['rejected', 'rejected', 'approved']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', personId)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'pensioner.info_change_requested',
      'pensioner.info_change_approved',
      'pensioner.info_change_requested',
      'pensioner.info_change_rejected',
      'pensioner.info_change_requested',
      'pensioner.info_change_rejected',
    ]);
    expect(audit[1]!.details).toMatchObject({ fields: ['mobile'] });
    const text = JSON.stringify(audit);
    expect(text).not.toContain('1390000');
    expect(text).not.toContain(other.idNumber);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
