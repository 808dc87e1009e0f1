import type { Kysely } from 'kysely';
import type { Database, NewStaffAccount, StaffAccount } from './schema.ts';

export const createStaffAccount = (
  db: Kysely<Database>,
  s: NewStaffAccount,
): Promise<StaffAccount> =>
  db.insertInto('staff_accounts').values(s).returningAll().executeTakeFirstOrThrow();

export const getStaffById = (db: Kysely<Database>, id: string): Promise<StaffAccount | undefined> =>
  db.selectFrom('staff_accounts').selectAll().where('id', '=', id).executeTakeFirst();

/** For login: only active accounts are returned. */
export const getActiveStaffByUsername = (
  db: Kysely<Database>,
  username: string,
): Promise<StaffAccount | undefined> =>
  db
    .selectFrom('staff_accounts')
    .selectAll()
    .where('username', '=', username)
    .where('active', '=', true)
    .executeTakeFirst();

export const listStaff = (
  db: Kysely<Database>,
  organisationId?: string,
): Promise<StaffAccount[]> => {
  let q = db.selectFrom('staff_accounts').selectAll();
  if (organisationId !== undefined) q = q.where('organisation_id', '=', organisationId);
  return q.orderBy('username').execute();
};

export const setStaffActive = async (
  db: Kysely<Database>,
  id: string,
  active: boolean,
): Promise<boolean> => {
  const r = await db
    .updateTable('staff_accounts')
    .set({ active })
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

export const setStaffPassword = async (
  db: Kysely<Database>,
  id: string,
  passwordHash: string,
): Promise<boolean> => {
  const r = await db
    .updateTable('staff_accounts')
    .set({ password_hash: passwordHash })
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};
