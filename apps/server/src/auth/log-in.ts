import { createHash } from 'node:crypto';
import {
  LOGIN_RULES,
  combineLocks,
  err,
  hashToken,
  lockState,
  matchesInitialPassword,
  newToken,
  ok,
  parseIdNumber,
  type DomainErrorCode,
  type LockoutRule,
  type Result,
} from '@lifecert/core';
import {
  appendAudit,
  clearLoginFailures,
  forgetLoginAttempt,
  getPensionerByIdNumber,
  noteLoginAttempt,
  openPensionerSession,
  recentLoginFailures,
} from '@lifecert/db';
import type { AppDeps } from '../deps.ts';
import type { ResolvedSelfService } from './self-service-settings.ts';

export type LoginSuccess = {
  token: string;
  expiresAtMs: number;
  person: { name: string; mustChangePassword: boolean; contactComplete: boolean };
};

export type LoginFailure = { code: DomainErrorCode; retryAtMs?: number };

// Verified when the ID number is unknown or still on its initial password, so every login costs
// one Argon2 check and timing does not tell who exists. Hash of a random throwaway password.
let decoyHash: Promise<string> | undefined;

const subjectKeyOf = (idNumber: string): string =>
  createHash('sha256').update(`pensioner-login:${idNumber}`).digest('hex');

/**
 * Logs a pensioner in by ID number and password. The attempt is noted before the password is
 * checked and forgotten only on success, so parallel guesses cannot slip past the lock; a
 * locked attempt is not noted, so waiting out the lock is enough to lift it.
 */
export const logIn = async (
  deps: AppDeps,
  cfg: ResolvedSelfService,
  input: { idNumber: string; password: string; clientKey: string },
): Promise<Result<LoginSuccess, LoginFailure>> => {
  const parsed = parseIdNumber(input.idNumber);
  if (!parsed.ok) return err({ code: parsed.error });
  const idNumber = parsed.value.number;
  const now = deps.clock.now();
  const subjectKey = subjectKeyOf(idNumber);
  const noted = await noteLoginAttempt(deps.db, {
    subjectKey,
    clientKey: input.clientKey,
    atMs: now,
  });
  const windowMs = Math.max(LOGIN_RULES.perIdNumber.windowMs, LOGIN_RULES.perClient.windowMs);
  const recent = await recentLoginFailures(deps.db, {
    subjectKey,
    clientKey: input.clientKey,
    sinceMs: now - windowMs,
  });
  // The attempt just noted is among the recent ones: lock when it is one too many.
  const oneMore = (rule: LockoutRule): LockoutRule => ({
    ...rule,
    maxFailures: rule.maxFailures + 1,
  });
  const lock = combineLocks(
    lockState(recent.subject, oneMore(LOGIN_RULES.perIdNumber), now),
    lockState(recent.client, oneMore(LOGIN_RULES.perClient), now),
  );
  if (lock.locked) {
    await forgetLoginAttempt(deps.db, noted);
    // With the noted attempt one above the limit, the lock lifts when the oldest counted
    // failure leaves the window, exactly as if the attempt had never been noted.
    return err({ code: 'login_locked', retryAtMs: lock.retryAtMs });
  }

  const person = await getPensionerByIdNumber(deps.db, idNumber);
  decoyHash ??= cfg.passwords.hash(newToken(cfg.random));
  let valid: boolean;
  if (person?.password_hash) {
    valid = await cfg.passwords.verify(person.password_hash, input.password);
  } else {
    await cfg.passwords.verify(await decoyHash, input.password);
    valid = person !== undefined && matchesInitialPassword(idNumber, input.password);
  }
  if (!person || !valid) return err({ code: 'unauthenticated' });

  const token = newToken(cfg.random);
  const expiresAtMs = now + cfg.sessionTtlMs;
  await deps.db.transaction().execute(async (trx) => {
    await clearLoginFailures(trx, subjectKey);
    await openPensionerSession(trx, {
      tokenHash: hashToken(token),
      pensionerId: person.id,
      createdAtMs: now,
      expiresAtMs,
    });
    await appendAudit(trx, {
      actor: { kind: 'pensioner', id: person.id },
      channel: 'self_service',
      action: 'session.opened',
      entity: 'pensioner',
      entityId: person.id,
      at: new Date(now),
    });
  });
  return ok({
    token,
    expiresAtMs,
    person: {
      name: person.name,
      mustChangePassword: person.password_hash === null,
      contactComplete: Boolean(person.contact_name && person.mobile && person.address),
    },
  });
};
