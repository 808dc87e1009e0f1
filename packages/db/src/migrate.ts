import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

export type MigrationFile = { name: string; sha256: string; sql: string };

const defaultDir = new URL('./migrations/', import.meta.url);

// Any constant works; it only has to differ from the audit log's lock key.
const MIGRATION_LOCK = 7_244_001;

export const readMigrations = async (dir: URL | string = defaultDir): Promise<MigrationFile[]> => {
  const base = toDirUrl(dir);
  const names = (await readdir(base)).filter((n) => /^\d{4}_[a-z0-9_]+\.sql$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(new URL(name, base), 'utf8');
      return { name, sha256: createHash('sha256').update(text).digest('hex'), sql: text };
    }),
  );
};

const toDirUrl = (dir: URL | string): URL => {
  const url = typeof dir === 'string' ? pathToFileURL(dir) : new URL(dir.href);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Applies pending migrations in name order, each in its own transaction, and returns the names
 * applied. Throws (never returns quietly) when an applied file was edited or removed, or when a
 * file fails; the failing file's transaction is rolled back.
 */
export const migrate = async (
  db: Kysely<Database>,
  opts: { dir?: URL | string } = {},
): Promise<string[]> => {
  const files = await readMigrations(opts.dir);
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`create table if not exists schema_migrations (
      name text primary key,
      sha256 text not null,
      applied_at timestamptz not null default now()
    )`.execute(trx);
  });
  checkApplied(files, await appliedMigrations(db));

  const done: string[] = [];
  for (const file of files) {
    const applied = await db.transaction().execute(async (trx) => {
      // Several instances may start at once: the lock makes the second one see the first's work.
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const already = await trx
        .selectFrom('schema_migrations')
        .select('name')
        .where('name', '=', file.name)
        .executeTakeFirst();
      if (already) return false;
      try {
        await sql.raw(file.sql).execute(trx);
      } catch (cause) {
        throw new MigrationError(`migration ${file.name} failed: ${(cause as Error).message}`, {
          cause,
        });
      }
      await trx
        .insertInto('schema_migrations')
        .values({ name: file.name, sha256: file.sha256 })
        .execute();
      return true;
    });
    if (applied) done.push(file.name);
  }
  return done;
};

export const appliedMigrations = (db: Kysely<Database>) =>
  db.selectFrom('schema_migrations').select(['name', 'sha256']).orderBy('name').execute();

const checkApplied = (files: MigrationFile[], applied: { name: string; sha256: string }[]) => {
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const row of applied) {
    const file = byName.get(row.name);
    if (!file) {
      throw new MigrationError(
        `migration ${row.name} is applied but its file is missing (database newer than code?)`,
      );
    }
    if (file.sha256 !== row.sha256) {
      throw new MigrationError(
        `migration ${row.name} was edited after it was applied; add a new migration instead`,
      );
    }
  }
};
