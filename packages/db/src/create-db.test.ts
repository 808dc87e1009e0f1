import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './test-db.ts';

describe('createDb value shapes', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ migrate: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('returns dates as strings, timestamps as Date, int8 as number, bytea as bytes', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      select date '2018-10-31' as d,
             timestamptz '2018-10-31T15:59:59.999Z' as ts,
             9007199254740991::int8 as big,
             count(*) as n,
             '\\x00ff'::bytea as b,
             '{"b": 1, "a": [true]}'::jsonb as j,
             null::date as nd`.execute(t.db);
    const row = rows[0]!;
    expect(row.d).toBe('2018-10-31');
    expect(row.ts).toEqual(new Date('2018-10-31T15:59:59.999Z'));
    expect(row.big).toBe(Number.MAX_SAFE_INTEGER);
    expect(row.n).toBe(1);
    expect([...(row.b as Uint8Array)]).toEqual([0, 255]);
    expect(row.j).toEqual({ a: [true], b: 1 });
    expect(row.nd).toBeNull();
  });

  it('accepts date strings and Date parameters', async () => {
    const { rows } = await sql<{ d: string; ts: Date }>`
      select ${'2018-07-01'}::date + 1 as d, ${new Date('2018-07-01T00:00:00Z')}::timestamptz as ts`.execute(
      t.db,
    );
    expect(rows[0]).toEqual({ d: '2018-07-02', ts: new Date('2018-07-01T00:00:00Z') });
  });

  it('leaves node-postgres global type parsers alone', () => {
    const parseDate = pg.types.getTypeParser(1082) as (value: string) => unknown;
    expect(parseDate('2018-07-01')).toBeInstanceOf(Date);
  });

  it('runs every statement of parameterless multi-statement SQL on both engines', async () => {
    const { rows } = await sql`
      create table multi_probe (x int); insert into multi_probe values (41), (1)`.execute(t.db);
    expect(rows).toEqual([]);
    const sum = await sql<{ s: number }>`select sum(x)::int8 as s from multi_probe`.execute(t.db);
    expect(sum.rows).toEqual([{ s: 42 }]);
  });

  it('rolls back a failed transaction and supports savepoints', async () => {
    await sql`create table tx_probe (x int)`.execute(t.db);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await sql`insert into tx_probe values (1)`.execute(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const trx = await t.db.startTransaction().execute();
    await sql`insert into tx_probe values (2)`.execute(trx);
    const sp = await trx.savepoint('inner').execute();
    await sql`insert into tx_probe values (3)`.execute(sp);
    await sp.rollbackToSavepoint('inner').execute();
    await trx.commit().execute();
    const { rows } = await sql<{ x: number }>`select x from tx_probe`.execute(t.db);
    expect(rows).toEqual([{ x: 2 }]);
  });
});
