import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { pgliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type DbKind = 'pglite' | 'postgres';

export type Db = {
  db: Kysely<Database>;
  kind: DbKind;
  close: () => Promise<void>;
  /** PGlite only: the whole data directory as a tarball, to start another database from */
  snapshot?: () => Promise<Blob>;
};

export type CreateDbOptions = {
  /** postgres:// URL; when set, PostgreSQL through a pg Pool is used. */
  databaseUrl?: string;
  /** PGlite data directory (created when missing). */
  dataDir?: string;
  /** PGlite in memory; the default when neither databaseUrl nor dataDir is given. */
  memory?: boolean;
  /** PGlite in memory, started from a `snapshot()` instead of an empty cluster. */
  fromSnapshot?: Blob;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
};

const OID = { INT8: 20, DATE: 1082 } as const;

// Same value shapes on both engines: date -> 'YYYY-MM-DD' (never a Date shifted by the server's
// zone), int8 -> number (counts and audit sequence numbers stay far below 2^53).
const keepText = (value: string): string => value;

const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === OID.DATE) return keepText;
    if (oid === OID.INT8) return Number;
    const fallback: unknown =
      format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid);
    return fallback;
  }) as pg.CustomTypesConfig['getTypeParser'],
};

const pgliteParsers = {
  [OID.DATE]: keepText,
  [OID.INT8]: Number,
};

export const createDb = async (opts: CreateDbOptions = {}): Promise<Db> => {
  if (opts.databaseUrl) {
    // Type parsers live on this pool's clients only; pg's process-wide defaults stay untouched.
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      types: pgTypes,
      max: opts.maxConnections ?? 10,
      // JIT compilation costs tens of milliseconds a query and pays off only for long analytic
      // queries; the status pages crossed its cost threshold and spent a tenth of their time in it.
      options: '-c jit=off',
    });
    // An idle client's network error must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = opts.memory || !opts.dataDir ? undefined : opts.dataDir;
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(opts.fromSnapshot && !dataDir ? { loadDataDir: opts.fromSnapshot } : {}),
    parsers: pgliteParsers,
  });
  const db = new Kysely<Database>({ dialect: pgliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    close: () => db.destroy(),
    snapshot: () => client.dumpDataDir('none'),
  };
};
