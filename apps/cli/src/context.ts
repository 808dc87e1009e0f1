import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig, type Config } from '@lifecert/config';
import { createDb, migrate, type Db } from '@lifecert/db';

/** The repository root, so commands work from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The process settings; every command reads them here and nowhere else. */
export const loadConfig = (): Config => parseConfig(process.env);

/** DATABASE_URL, else the embedded PGlite database under DATA_DIR (default ./data). */
export async function openDatabase(
  config: Config = loadConfig(),
  opts = { migrate: true },
): Promise<Db> {
  if (config.database.kind === 'pglite') {
    await mkdir(path.resolve(config.database.dataDir), { recursive: true });
  }
  const db = await createDb(
    config.database.kind === 'postgres'
      ? { databaseUrl: config.database.url }
      : { dataDir: path.resolve(config.database.dataDir) },
  );
  if (!opts.migrate) return db;
  try {
    await migrate(db.db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

/** Runs a command body with an open, migrated database and always closes it. */
export async function withDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
