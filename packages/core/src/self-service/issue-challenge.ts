import { createHash } from 'node:crypto';
import type { DomainErrorCode } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { chooseChallenge, type ChallengeAction } from './challenge.ts';
import { selfServiceGate, selfServiceSituation, type SelfServicePolicy } from './gate.ts';
import type { RandomSource } from './ports.ts';
import type { SelfServiceStore } from './store.ts';

export type ChallengePolicy = SelfServicePolicy & {
  actionsPerChallenge: number;
  ttlMs: number;
  /** fixed actions for tests; the server accepts them only in the test environment */
  pinned?: readonly ChallengeAction[] | null;
};

export type IssuedChallenge = {
  /** the one-time token; only its hash is stored */
  challengeId: string;
  actions: ChallengeAction[];
  issuedAtMs: number;
  expiresAtMs: number;
};

export type GateFailure = { code: DomainErrorCode; attemptsLeft?: number };

/** Tokens travel in URLs, so they are stored as a hash like session tokens. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

const base64url = (bytes: Uint8Array): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 6) {
      out += alphabet[(value >> (bits - 6)) & 63];
      bits -= 6;
    }
  }
  if (bits > 0) out += alphabet[(value << (6 - bits)) & 63];
  return out;
};

export const newToken = (random: RandomSource): string => base64url(random.bytes(32));

/**
 * Checks the person may certify now, draws the actions and stores the challenge with its expiry
 * in one transaction, so two tabs asking at once leave one live challenge.
 */
export const issueChallenge = async (
  deps: { store: SelfServiceStore; random: RandomSource; nowMs: number },
  pensionerId: string,
  policy: ChallengePolicy,
): Promise<Result<IssuedChallenge, GateFailure>> =>
  deps.store.transaction(async (tx) => {
    const person = await tx.person(pensionerId, { lock: true });
    if (!person) return err({ code: 'unauthenticated' });
    const situation = await selfServiceSituation(tx, person, policy, deps.nowMs);
    const reference = await tx.activeReference(person.id);
    const gate = selfServiceGate(person, situation, reference !== undefined);
    if (!gate.ok) return err({ code: gate.error, attemptsLeft: situation.allowance.left });
    const actions = policy.pinned
      ? [...policy.pinned]
      : chooseChallenge((n) => deps.random.int(n), policy.actionsPerChallenge);
    const token = newToken(deps.random);
    const challenge = {
      pensionerId: person.id,
      campaignId: gate.value.id,
      actions,
      issuedAtMs: deps.nowMs,
      expiresAtMs: deps.nowMs + policy.ttlMs,
    };
    const attemptId = await tx.openChallenge({ ...challenge, tokenHash: hashToken(token) });
    await tx.audit(deps.nowMs, {
      action: 'self_service.challenge_issued',
      entity: 'self_service_attempt',
      entityId: attemptId,
      details: { campaignId: gate.value.id, actions, pinned: Boolean(policy.pinned) },
      actor: { kind: 'pensioner', id: person.id },
    });
    return ok({
      challengeId: token,
      actions,
      issuedAtMs: deps.nowMs,
      expiresAtMs: challenge.expiresAtMs,
    });
  });
