import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { createDb, type Db } from './create-db.ts';
import { migrate, readMigrations } from './migrate.ts';

export type TestDb = Db & {
  /** Connection string of the fresh database when running on PostgreSQL. */
  databaseUrl?: string;
};

const withDatabase = (url: string, database: string): string => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

const adminQuery = async (url: string, text: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
};

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or, when
 * TEST_DATABASE_URL is set, a new PostgreSQL database that close() drops again.
 */
export const createTestDb = async (
  opts: { migrate?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<TestDb> => {
  const adminUrl = (opts.env ?? process.env).TEST_DATABASE_URL;
  let testDb: TestDb;
  if (adminUrl) {
    const name = `lifecert_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl, `create database ${name}`);
    const databaseUrl = withDatabase(adminUrl, name);
    const inner = await createDb({ databaseUrl, maxConnections: 4 });
    testDb = {
      ...inner,
      databaseUrl,
      close: async () => {
        await inner.close();
        await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
      },
    };
  } else {
    testDb = await pgliteFromSnapshot(opts.migrate ?? true);
  }
  if (opts.migrate ?? true) {
    try {
      await migrate(testDb.db);
    } catch (error) {
      await testDb.close();
      throw error;
    }
  }
  return testDb;
};

const repoRoot = join(import.meta.dirname, '../../..');
const snapshotDir = join(repoRoot, 'node_modules/.cache/lifecert-db');

/**
 * An in-memory PGlite, started from a snapshot of a fresh (and, when asked, migrated) cluster.
 * Creating a cluster runs initdb inside WebAssembly: about 4 s, against under 1 s to load the
 * snapshot, paid by every test file. The snapshot is the real thing, made by this same code the
 * first time (kept in node_modules/.cache, never committed) and named by the migrations and the
 * PGlite version it was made with, so a changed migration makes a new one. `migrate()` still runs
 * after it and finds nothing to do.
 */
const pgliteFromSnapshot = async (migrated: boolean): Promise<Db> => {
  const pgliteVersion = (
    JSON.parse(
      await readFile(join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
    ) as { version: string }
  ).version;
  const key = createHash('sha256').update(`pglite ${pgliteVersion} migrated ${migrated}`);
  if (migrated) for (const m of await readMigrations()) key.update(`${m.name} ${m.sha256}`);
  const file = join(snapshotDir, `${key.digest('hex').slice(0, 24)}.tar`);
  const saved = await readFile(file).catch(() => null);
  if (saved) return createDb({ memory: true, fromSnapshot: new Blob([saved]) });

  const fresh = await createDb({ memory: true });
  try {
    if (migrated) await migrate(fresh.db);
    const tar = Buffer.from(await (await fresh.snapshot!()).arrayBuffer());
    await mkdir(snapshotDir, { recursive: true });
    // Test files start in parallel: each writes its own file, and the rename is atomic.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(tmp, tar);
    await rename(tmp, file);
  } catch (error) {
    await fresh.close();
    throw error;
  }
  return fresh;
};
