import { randomBytes } from 'node:crypto';
import { err, normaliseUsername, ok, type Result } from '@lifecert/core';
import { appendAudit, createSession, getActiveStaffByUsername } from '@lifecert/db';
import type { AppDeps } from '../deps.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { STAFF_SESSION_TTL_MS } from './staff-session.ts';

export type StaffLoginSuccess = { token: string; expiresAtMs: number; staffId: string };

// Checked when the username is unknown, so every login costs one Argon2 verification and the
// answer time does not tell which accounts exist.
let decoyHash: Promise<string> | undefined;

/** Logs a staff member in by username and password; an audited session on success. */
export const staffLogIn = async (
  deps: AppDeps,
  input: { username: string; password: string },
): Promise<Result<StaffLoginSuccess, 'unauthenticated'>> => {
  const username = normaliseUsername(input.username);
  const staff = username ? await getActiveStaffByUsername(deps.db, username) : undefined;
  decoyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  const valid = staff
    ? await verifyPassword(staff.password_hash, input.password)
    : (await verifyPassword(await decoyHash, input.password)) && false;
  if (!staff || !valid) return err('unauthenticated');

  const now = deps.clock.now();
  const expiresAtMs = now + STAFF_SESSION_TTL_MS;
  const token = await deps.db.transaction().execute(async (trx) => {
    const session = await createSession(
      trx,
      { kind: 'staff', id: staff.id },
      new Date(expiresAtMs),
    );
    await appendAudit(trx, {
      actor: { kind: 'staff', id: staff.id },
      channel: 'staff_console',
      action: 'session.opened',
      entity: 'staff_account',
      entityId: staff.id,
      at: new Date(now),
    });
    return session.token;
  });
  return ok({ token, expiresAtMs, staffId: staff.id });
};
