/** The actions a liveness challenge is drawn from; the face engine uses the same names. */
export const CHALLENGE_ACTIONS = ['nod', 'shake', 'mouth', 'blink', 'gaze'] as const;
export type ChallengeAction = (typeof CHALLENGE_ACTIONS)[number];

export const isChallengeAction = (value: unknown): value is ChallengeAction =>
  typeof value === 'string' && (CHALLENGE_ACTIONS as readonly string[]).includes(value);

/** Uniform integer in [0, n); the server passes a cryptographic source, tests a seeded one. */
export type RandomInt = (n: number) => number;

/**
 * `count` distinct actions in random order (a partial Fisher-Yates shuffle). Distinct actions
 * and an unpredictable order are what stop a replayed recording of an earlier challenge.
 */
export const chooseChallenge = (randomInt: RandomInt, count: number): ChallengeAction[] => {
  if (!Number.isInteger(count) || count < 1 || count > CHALLENGE_ACTIONS.length) {
    throw new RangeError(`a challenge has 1 to ${CHALLENGE_ACTIONS.length} actions`);
  }
  const pool: ChallengeAction[] = [...CHALLENGE_ACTIONS];
  for (let i = 0; i < count; i++) {
    const j = i + randomInt(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
};
