import type { OrganisationKind, StaffRole } from '@lifecert/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Who is behind a staff session, with the organisation that bounds what they may do. */
export type SessionStaff = {
  staffId: string;
  username: string;
  displayName: string;
  role: StaffRole;
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationCode: string;
  organisationName: { 'zh-CN': string; en: string };
};

/**
 * The staff account a live session token hash belongs to. A deactivated account loses its
 * sessions at once, without waiting for them to expire.
 */
export const staffOfSession = async (
  db: Kysely<Database>,
  tokenHash: string,
  nowMs: number,
): Promise<SessionStaff | undefined> => {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('staff_accounts as a', 'a.id', 's.subject_id')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select([
      'a.id',
      'a.username',
      'a.display_name',
      'a.role',
      'o.id as org_id',
      'o.kind',
      'o.code',
      'o.name_zh',
      'o.name_en',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.subject_kind', '=', 'staff')
    .where('s.expires_at', '>', new Date(nowMs))
    .where('a.active', '=', true)
    .executeTakeFirst();
  return (
    row && {
      staffId: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      organisationId: row.org_id,
      organisationKind: row.kind,
      organisationCode: row.code,
      organisationName: { 'zh-CN': row.name_zh, en: row.name_en },
    }
  );
};
