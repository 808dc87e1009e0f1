import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from './create-db.ts';
import { migrate } from './migrate.ts';

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
    testDb = await createDb({ memory: true });
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
