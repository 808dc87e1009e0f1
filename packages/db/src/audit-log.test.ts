import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain, type AuditEntry } from './audit-log.ts';
import { createTestDb, type TestDb } from './test-db.ts';

const entry = (i: number): AuditEntry => ({
  actor: { kind: 'staff', id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
  channel: i % 2 ? 'counter' : 'bank',
  action: 'certification.recorded',
  entity: 'certification',
  entityId: `c-${i}`,
  // Key order and nesting that jsonb will reorder on the way back.
  details: { z: i, a: { y: [1, 'two', null], b: true }, ü: 'ünïcode' },
});

const tamper = async (t: TestDb, statement: ReturnType<typeof sql>) => {
  // Only a superuser who switches the trigger off can rewrite the log; the chain still tells.
  await t.db.transaction().execute(async (trx) => {
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(trx);
  });
};

describe('audit log', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.close();
  });

  it('verifies an empty chain', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 0 });
  });

  it('keeps one valid chain under concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db.transaction().execute(async (trx) => {
          await appendAudit(trx, entry(i * 3), entry(i * 3 + 1));
          await appendAudit(trx, entry(i * 3 + 2));
        }),
      ),
    );
    // Small pages so verification crosses page boundaries.
    expect(await verifyAuditChain(t.db, { pageSize: 7 })).toMatchObject({ ok: true, checked: 36 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(sql`update audit_log set action = 'x'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 36 });
  });

  it('detects an edited row', async () => {
    const { seq } = await t.db
      .selectFrom('audit_log')
      .select('seq')
      .orderBy('seq')
      .offset(10)
      .limit(1)
      .executeTakeFirstOrThrow();
    await tamper(t, sql`update audit_log set details = '{"z": 999}' where seq = ${seq}`);
    expect(await verifyAuditChain(t.db, { pageSize: 7 })).toEqual({
      ok: false,
      checked: 10,
      firstBadSeq: seq,
      reason: 'hash',
    });
  });

  it('detects a removed row', async () => {
    const t2 = await createTestDb();
    try {
      await t2.db.transaction().execute((trx) => appendAudit(trx, entry(1), entry(2), entry(3)));
      const seqs = (await t2.db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map(
        (r) => r.seq,
      );
      await tamper(t2, sql`delete from audit_log where seq = ${seqs[1]}`);
      expect(await verifyAuditChain(t2.db)).toEqual({
        ok: false,
        checked: 1,
        firstBadSeq: seqs[2],
        reason: 'prev_hash',
      });
    } finally {
      await t2.close();
    }
  });
});
