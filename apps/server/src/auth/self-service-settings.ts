import { randomBytes, randomInt } from 'node:crypto';
import type { ChallengeAction, PasswordHasher, RandomSource } from '@lifecert/core';
import type { AppDeps } from '../deps.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export const cryptoRandom: RandomSource = {
  bytes: (n) => new Uint8Array(randomBytes(n)),
  int: (n) => randomInt(n),
};

export const argon2Passwords: PasswordHasher = { hash: hashPassword, verify: verifyPassword };

export type ResolvedSelfService = {
  pinned: readonly ChallengeAction[] | null;
  sessionTtlMs: number;
  challengeTtlMs: number;
  random: RandomSource;
  passwords: PasswordHasher;
};

/**
 * Settings with defaults applied. A pinned challenge outside the test environment would make
 * every recording predictable, so the server refuses to start with one.
 */
export const resolveSelfService = (deps: AppDeps): ResolvedSelfService => {
  const s = deps.selfService ?? {};
  const pinned = s.testPinChallenge ?? null;
  if (pinned && s.nodeEnv !== 'test') {
    throw new Error('testPinChallenge is accepted only when NODE_ENV=test');
  }
  return {
    pinned,
    // An hour covers a slow first login, contact entry and a few tries; sessions do not slide.
    sessionTtlMs: s.sessionTtlMs ?? 60 * 60_000,
    // Three minutes: long enough to read the prompts and record, too short to stage a replay.
    challengeTtlMs: s.challengeTtlMs ?? 3 * 60_000,
    random: s.random ?? cryptoRandom,
    passwords: s.passwords ?? argon2Passwords,
  };
};
