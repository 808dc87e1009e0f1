import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Session, SubjectKind } from './schema.ts';

// Only the hash is stored: a leaked sessions table gives no usable tokens.
export const hashSessionToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export type NewSession = { token: string; session: Session };

/** Opens a session and returns the bearer token (shown once, never stored). */
export const createSession = async (
  db: Kysely<Database>,
  subject: { kind: SubjectKind; id: string },
  expiresAt: Date,
): Promise<NewSession> => {
  const token = randomBytes(32).toString('base64url');
  const session = await db
    .insertInto('sessions')
    .values({
      token_hash: hashSessionToken(token),
      subject_kind: subject.kind,
      subject_id: subject.id,
      expires_at: expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, session };
};

/** The live session for a token, or undefined when unknown or expired at `now`. */
export const findSession = (
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<Session | undefined> =>
  db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', hashSessionToken(token))
    .where('expires_at', '>', now)
    .executeTakeFirst();

/** Slides the expiry forward; returns false when the session no longer exists. */
export const extendSession = async (
  db: Kysely<Database>,
  token: string,
  expiresAt: Date,
): Promise<boolean> => {
  const r = await db
    .updateTable('sessions')
    .set({ expires_at: expiresAt })
    .where('token_hash', '=', hashSessionToken(token))
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

export const deleteSession = async (db: Kysely<Database>, token: string): Promise<boolean> => {
  const r = await db
    .deleteFrom('sessions')
    .where('token_hash', '=', hashSessionToken(token))
    .executeTakeFirst();
  return r.numDeletedRows > 0n;
};

/** Logs a subject out everywhere, e.g. after a password change or account deactivation. */
export const deleteSessionsOf = async (
  db: Kysely<Database>,
  subject: { kind: SubjectKind; id: string },
): Promise<number> => {
  const r = await db
    .deleteFrom('sessions')
    .where('subject_kind', '=', subject.kind)
    .where('subject_id', '=', subject.id)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
};

export const purgeExpiredSessions = async (db: Kysely<Database>, now: Date): Promise<number> => {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(r.numDeletedRows);
};
