import { createHash, randomBytes } from 'node:crypto';
import {
  LOGIN_RULES,
  err,
  lockState,
  normaliseUsername,
  ok,
  type LockoutRule,
  type Result,
} from '@lifecert/core';
import {
  appendAudit,
  clearLoginFailures,
  createSession,
  forgetLoginAttempt,
  getActiveStaffByUsername,
  noteLoginAttempt,
  recentLoginFailures,
} from '@lifecert/db';
import type { AppDeps } from '../deps.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { STAFF_SESSION_TTL_MS } from './staff-session.ts';

export type StaffLoginSuccess = { token: string; expiresAtMs: number; staffId: string };
export type StaffLoginFailure =
  { code: 'unauthenticated' } | { code: 'login_locked'; retryAtMs: number };

// Checked when the username is unknown, so every login costs one Argon2 verification and the
// answer time does not tell which accounts exist.
let decoyHash: Promise<string> | undefined;

// Five failures in fifteen minutes lock the account name, as for pensioners. There is no lock
// per address: a whole office behind one address would lock itself out. The separate key spaces
// keep staff failures out of the pensioners' per-address counts.
const ACCOUNT_RULE: LockoutRule = {
  ...LOGIN_RULES.perIdNumber,
  // The attempt being checked is already noted: lock when it is one too many.
  maxFailures: LOGIN_RULES.perIdNumber.maxFailures + 1,
};
const subjectKeyOf = (username: string): string =>
  createHash('sha256').update(`staff-login:${username}`).digest('hex');

/**
 * Logs a staff member in by username and password; an audited session on success. The attempt
 * is noted before the password is checked and forgotten only on success, so parallel guesses
 * cannot slip past the lock.
 */
export const staffLogIn = async (
  deps: AppDeps,
  input: { username: string; password: string; clientKey: string },
): Promise<Result<StaffLoginSuccess, StaffLoginFailure>> => {
  const username = normaliseUsername(input.username) ?? input.username.trim().toLowerCase();
  const subjectKey = subjectKeyOf(username);
  const now = deps.clock.now();
  const noted = await noteLoginAttempt(deps.db, {
    subjectKey,
    clientKey: `staff:${input.clientKey}`,
    atMs: now,
  });
  const recent = await recentLoginFailures(deps.db, {
    subjectKey,
    clientKey: `staff:${input.clientKey}`,
    sinceMs: now - ACCOUNT_RULE.windowMs,
  });
  const lock = lockState(recent.subject, ACCOUNT_RULE, now);
  if (lock.locked) {
    await forgetLoginAttempt(deps.db, noted);
    return err({ code: 'login_locked', retryAtMs: lock.retryAtMs });
  }

  const staff = await getActiveStaffByUsername(deps.db, username);
  decoyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  const valid = staff
    ? await verifyPassword(staff.password_hash, input.password)
    : (await verifyPassword(await decoyHash, input.password)) && false;
  if (!staff || !valid) return err({ code: 'unauthenticated' });

  const expiresAtMs = now + STAFF_SESSION_TTL_MS;
  const token = await deps.db.transaction().execute(async (trx) => {
    await clearLoginFailures(trx, subjectKey);
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
