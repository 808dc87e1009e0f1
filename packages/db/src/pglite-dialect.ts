import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

// Our own dialect rather than kysely-pglite-dialect because that one sends parameterless SQL
// through the extended protocol, which rejects multi-statement migration files, and has no
// savepoints. Here, like node-postgres, parameterless SQL goes through the simple protocol.

const connectionFor = (client: PGlite): DatabaseConnection => ({
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (query.parameters.length === 0) {
      const results = await client.exec(query.sql);
      // node-postgres gives no rows for a multi-statement string either; keep the engines alike.
      const only = results.length === 1 ? results[0] : undefined;
      return {
        rows: (only?.rows ?? []) as R[],
        ...(only?.affectedRows ? { numAffectedRows: BigInt(only.affectedRows) } : {}),
      };
    }
    const result = await client.query<R>(query.sql, [...query.parameters]);
    return {
      rows: result.rows,
      ...(result.affectedRows ? { numAffectedRows: BigInt(result.affectedRows) } : {}),
    };
  },
  // PGlite materialises results anyway; callers that need bounded memory page with keyset queries.
  async *streamQuery<R>(
    query: CompiledQuery,
    chunkSize = 1000,
  ): AsyncIterableIterator<QueryResult<R>> {
    const result = await client.query<R>(query.sql, [...query.parameters]);
    for (let i = 0; i < result.rows.length; i += chunkSize) {
      yield { rows: result.rows.slice(i, i + chunkSize) };
    }
  },
});

const createDriver = (client: PGlite): Driver => {
  // PGlite is a single backend: one logical connection, handed out to one user at a time so that
  // a transaction's statements never interleave with another caller's.
  const connection = connectionFor(client);
  let busy = false;
  const waiting: ((c: DatabaseConnection) => void)[] = [];
  const raw = (text: string) => connection.executeQuery(CompiledQuery.raw(text));
  return {
    async init() {},
    acquireConnection() {
      if (!busy) {
        busy = true;
        return Promise.resolve(connection);
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    releaseConnection() {
      const next = waiting.shift();
      if (next) next(connection);
      else busy = false;
      return Promise.resolve();
    },
    async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings) {
      const mode = [
        settings.isolationLevel ? `isolation level ${settings.isolationLevel}` : '',
        settings.accessMode ?? '',
      ].join(' ');
      await raw(`start transaction ${mode}`);
    },
    async commitTransaction() {
      await raw('commit');
    },
    async rollbackTransaction() {
      await raw('rollback');
    },
    async savepoint(_conn, name) {
      await raw(`savepoint ${quoteIdent(name)}`);
    },
    async rollbackToSavepoint(_conn, name) {
      await raw(`rollback to savepoint ${quoteIdent(name)}`);
    },
    async releaseSavepoint(_conn, name) {
      await raw(`release savepoint ${quoteIdent(name)}`);
    },
    async destroy() {
      await client.close();
    },
  };
};

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export const pgliteDialect = (client: PGlite): Dialect => ({
  createAdapter: (): DialectAdapter => new PostgresAdapter(),
  createDriver: () => createDriver(client),
  createQueryCompiler: (): QueryCompiler => new PostgresQueryCompiler(),
  createIntrospector: (db: Kysely<unknown>): DatabaseIntrospector => new PostgresIntrospector(db),
});
