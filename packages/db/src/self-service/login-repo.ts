import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { selfDb } from './schema.ts';

/** Notes a login before its password is checked, so parallel guesses all count. */
export const noteLoginAttempt = async (
  db: Kysely<Database>,
  a: { subjectKey: string; clientKey: string; atMs: number },
): Promise<string> => {
  const row = await selfDb(db)
    .insertInto('login_failures')
    .values({ subject_key: a.subjectKey, client_key: a.clientKey, at: new Date(a.atMs) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
};

/** Times (epoch ms) of recent unsuccessful logins for the ID number and for the client. */
export const recentLoginFailures = async (
  db: Kysely<Database>,
  q: { subjectKey: string; clientKey: string; sinceMs: number },
): Promise<{ subject: number[]; client: number[] }> => {
  const since = new Date(q.sinceMs);
  const s = selfDb(db);
  const [subject, client] = await Promise.all([
    s
      .selectFrom('login_failures')
      .select('at')
      .where('subject_key', '=', q.subjectKey)
      .where('at', '>', since)
      .execute(),
    s
      .selectFrom('login_failures')
      .select('at')
      .where('client_key', '=', q.clientKey)
      .where('at', '>', since)
      .execute(),
  ]);
  return { subject: subject.map((r) => r.at.getTime()), client: client.map((r) => r.at.getTime()) };
};

export const forgetLoginAttempt = async (db: Kysely<Database>, id: string): Promise<void> => {
  await selfDb(db).deleteFrom('login_failures').where('id', '=', id).execute();
};

/** A successful login forgives the ID number's earlier failures. */
export const clearLoginFailures = async (
  db: Kysely<Database>,
  subjectKey: string,
): Promise<void> => {
  await selfDb(db).deleteFrom('login_failures').where('subject_key', '=', subjectKey).execute();
};

/** Rows older than the longest lockout window are of no use; run from a periodic job. */
export const purgeLoginFailures = async (
  db: Kysely<Database>,
  beforeMs: number,
): Promise<number> => {
  const r =
    await sql`delete from login_failures where at < ${new Date(beforeMs).toISOString()}`.execute(
      db,
    );
  return Number(r.numAffectedRows ?? 0n);
};
