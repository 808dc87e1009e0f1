import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export const openPensionerSession = async (
  db: Kysely<Database>,
  s: { tokenHash: string; pensionerId: string; createdAtMs: number; expiresAtMs: number },
): Promise<void> => {
  await db
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      subject_kind: 'pensioner',
      subject_id: s.pensionerId,
      created_at: new Date(s.createdAtMs),
      expires_at: new Date(s.expiresAtMs),
    })
    .execute();
};

/** The pensioner a live session token hash belongs to. */
export const pensionerOfSession = async (
  db: Kysely<Database>,
  tokenHash: string,
  nowMs: number,
): Promise<string | undefined> => {
  const row = await db
    .selectFrom('sessions')
    .select('subject_id')
    .where('token_hash', '=', tokenHash)
    .where('subject_kind', '=', 'pensioner')
    .where('expires_at', '>', new Date(nowMs))
    .executeTakeFirst();
  return row?.subject_id;
};

export const closeSession = async (db: Kysely<Database>, tokenHash: string): Promise<boolean> => {
  const r = await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).executeTakeFirst();
  return r.numDeletedRows > 0n;
};

/** After a password change every other device is logged out. */
export const closeOtherPensionerSessions = async (
  db: Kysely<Database>,
  pensionerId: string,
  keepTokenHash: string,
): Promise<void> => {
  await db
    .deleteFrom('sessions')
    .where('subject_kind', '=', 'pensioner')
    .where('subject_id', '=', pensionerId)
    .where('token_hash', '!=', keepTokenHash)
    .execute();
};
