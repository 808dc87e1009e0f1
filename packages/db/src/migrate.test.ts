import { mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appliedMigrations, migrate, readMigrations } from './migrate.ts';
import { createTestDb, type TestDb } from './test-db.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

describe('migrate', () => {
  let t: TestDb;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lifecert-migrations-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await t?.close();
  });

  it('applies every file once, in order, and records its checksum', async () => {
    t = await createTestDb({ migrate: false });
    const files = await readMigrations();
    expect(await migrate(t.db)).toEqual(files.map((f) => f.name));
    expect(await migrate(t.db)).toEqual([]);
    expect(await appliedMigrations(t.db)).toEqual(
      files.map((f) => ({ name: f.name, sha256: f.sha256 })),
    );
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public'`.execute(t.db);
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['pensioners', 'audit_log', 'certifications', 'sessions']),
    );
  });

  it('comments on every table and column it creates', async () => {
    t = await createTestDb();
    const missing = await sql<{ relname: string; attname: string }>`
      select c.relname, a.attname
      from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
        and c.relname <> 'schema_migrations' and a.attnum > 0 and not a.attisdropped
        and col_description(c.oid, a.attnum) is null`.execute(t.db);
    expect(missing.rows).toEqual([]);
    const bareTables = await sql<{ relname: string }>`
      select relname from pg_class
      where relnamespace = 'public'::regnamespace and relkind = 'r'
        and relname <> 'schema_migrations' and obj_description(oid, 'pg_class') is null`.execute(
      t.db,
    );
    expect(bareTables.rows).toEqual([]);
  });

  it('refuses to run when an applied file was edited', async () => {
    const copy = path.join(dir, 'edited');
    await cp(migrationsDir, copy, { recursive: true });
    t = await createTestDb({ migrate: false });
    await migrate(t.db, { dir: copy });
    const first = path.join(copy, '0001_create_registry_tables.sql');
    await writeFile(first, `${await readFile(first, 'utf8')}\n-- edited\n`);
    await expect(migrate(t.db, { dir: copy })).rejects.toThrow(/was edited/);
  });

  it('rolls back a failing file and throws, keeping earlier files applied', async () => {
    const copy = path.join(dir, 'failing');
    await cp(migrationsDir, copy, { recursive: true });
    await writeFile(
      path.join(copy, '9999_add_broken_table.sql'),
      'create table half_done (a int);\nselect no_such_function();\n',
    );
    t = await createTestDb({ migrate: false });
    await expect(migrate(t.db, { dir: copy })).rejects.toThrow(/9999_add_broken_table.sql failed/);
    const names = (await appliedMigrations(t.db)).map((r) => r.name);
    expect(names).not.toContain('9999_add_broken_table.sql');
    expect(names).toContain('0003_create_audit_log.sql');
    const half = await sql`select to_regclass('half_done') as t`.execute(t.db);
    expect(half.rows).toEqual([{ t: null }]);
  });
});
