import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit-log.ts';
import { importPensioners } from './import-pensioners.ts';
import {
  DuplicateIdNumberError,
  PensionerWriteError,
  getPensionerByIdNumber,
  searchPensioners,
  updatePensionerContact,
} from './pensioners-repo.ts';
import { syntheticPensioner, syntheticPensioners } from './synthetic-pensioners.ts';
import { createTestDb, type TestDb } from './test-db.ts';

const actor = { kind: 'system', id: 'import-test' } as const;

const counts = async (t: TestDb) => {
  const r = await sql<{ pensioners: number; audit: number; max_updated: Date | null }>`
    select (select count(*) from pensioners)::int8 as pensioners,
           (select count(*) from audit_log)::int8 as audit,
           (select max(updated_at) from pensioners) as max_updated`.execute(t.db);
  return r.rows[0]!;
};

describe('importPensioners', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.close();
  });

  it('inserts new rows, then a re-run of the same rows changes nothing', async () => {
    const rows = [...syntheticPensioners(1200)];
    // Small batches so that several batches run inside the one transaction.
    expect(await importPensioners(t.db, rows, { actor, batchSize: 500 })).toEqual({
      inserted: 1200,
      updated: 0,
      unchanged: 0,
    });
    const before = await counts(t);
    expect(before.pensioners).toBe(1200);
    // One entry per written batch of 500, and the summary.
    expect(before.audit).toBe(4);
    const created = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'pensioners.upserted')
      .execute();
    const createdIds = created.flatMap((e) => e.details.created as string[]);
    expect(new Set(createdIds).size).toBe(1200);

    expect(await importPensioners(t.db, rows, { actor, batchSize: 500 })).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 1200,
    });
    expect(await counts(t)).toEqual(before);
  });

  it('updates only rows whose imported fields changed, and keeps local contact edits', async () => {
    const first = syntheticPensioner(0);
    const stored = await getPensionerByIdNumber(t.db, first.idNumber);
    expect(stored).toBeDefined();
    await updatePensionerContact(t.db, stored!.id, {
      contactName: '联系人',
      mobile: '13800000000',
      address: '洛阳市',
    });
    const touched = await getPensionerByIdNumber(t.db, first.idNumber);

    const changed = { ...syntheticPensioner(1), name: '改名' };
    const rows = [first, changed, syntheticPensioner(2), syntheticPensioner(5000)];
    expect(await importPensioners(t.db, rows, { actor })).toEqual({
      inserted: 1,
      updated: 1,
      unchanged: 2,
    });
    const after = await getPensionerByIdNumber(t.db, first.idNumber);
    expect(after).toEqual(touched);
    const renamed = await getPensionerByIdNumber(t.db, changed.idNumber);
    expect(renamed?.name).toBe('改名');
    expect(renamed!.updated_at.getTime()).toBeGreaterThan(renamed!.created_at.getTime());
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('seq', '>', 4)
      .orderBy('seq')
      .execute();
    const inserted = await getPensionerByIdNumber(t.db, syntheticPensioner(5000).idNumber);
    expect(audit).toEqual([
      {
        action: 'pensioners.upserted',
        details: { created: [inserted!.id], updated: [renamed!.id] },
      },
      {
        action: 'pensioners.imported',
        details: { inserted: 1, updated: 1, unchanged: 2 },
      },
    ]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 6 });
  });

  it('leaves the database as it was when a row fails part-way', async () => {
    const before = await counts(t);
    const rows = [...syntheticPensioners(600, 10_000)];
    // Rejected by the category CHECK in the second batch, after the first batch was written.
    rows[550] = { ...rows[550]!, category: 'bogus' as never };
    const error = await importPensioners(t.db, rows, { actor, batchSize: 500 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PensionerWriteError);
    expect(error).toMatchObject({ code: '23514', constraint: 'pensioners_category_check' });
    // PostgreSQL's detail would quote the row; nothing of it may travel with the error.
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(
      rows[550].idNumber,
    );
    expect(await counts(t)).toEqual(before);
  });

  it('rejects a file repeating an ID number without naming it', async () => {
    const rows = [
      syntheticPensioner(20_000),
      syntheticPensioner(20_001),
      syntheticPensioner(20_000),
    ];
    const error = await importPensioners(t.db, rows, { actor }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateIdNumberError);
    expect((error as DuplicateIdNumberError).rowIndexes).toEqual([2]);
    expect((error as Error).message).not.toContain(rows[0]!.idNumber);
  });

  it('searches by name prefix and district with a keyset cursor', async () => {
    const page1 = await searchPensioners(t.db, {
      name: '测试000',
      districtCode: '410302',
      limit: 5,
    });
    expect(page1).toHaveLength(5);
    expect(page1.every((p) => p.name.startsWith('测试000') && p.district_code === '410302')).toBe(
      true,
    );
    const page2 = await searchPensioners(t.db, {
      name: '测试000',
      districtCode: '410302',
      limit: 5,
      afterId: page1.at(-1)!.id,
    });
    expect(page2[0]!.id > page1.at(-1)!.id).toBe(true);
    expect(await searchPensioners(t.db, { name: '%' })).toEqual([]);
  });

  it('returns dates as YYYY-MM-DD strings and timestamps as Date', async () => {
    const p = await getPensionerByIdNumber(t.db, syntheticPensioner(3).idNumber);
    expect(p?.benefits_start).toBe(syntheticPensioner(3).benefitsStart);
    expect(p?.created_at).toBeInstanceOf(Date);
  });
});
