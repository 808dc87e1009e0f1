/** How many failures within the window lock a key (an ID number or a client address). */
export type LockoutRule = { maxFailures: number; windowMs: number };

export const LOGIN_RULES = {
  perIdNumber: { maxFailures: 5, windowMs: 15 * 60_000 },
  perClient: { maxFailures: 20, windowMs: 15 * 60_000 },
} as const satisfies Record<string, LockoutRule>;

export type LockState = { locked: false } | { locked: true; retryAtMs: number };

/**
 * Locked while `maxFailures` or more failures fall inside the window ending now; the lock lifts
 * when the oldest of the newest `maxFailures` leaves the window. Deriving the lock from stored
 * failure times, not from a flag, lets every server instance agree without shared memory.
 */
export const lockState = (
  failureTimesMs: readonly number[],
  rule: LockoutRule,
  nowMs: number,
): LockState => {
  const recent = failureTimesMs
    .filter((t) => t > nowMs - rule.windowMs && t <= nowMs)
    .sort((a, b) => b - a);
  if (recent.length < rule.maxFailures) return { locked: false };
  return { locked: true, retryAtMs: recent[rule.maxFailures - 1]! + rule.windowMs };
};

/** The later of two lock states' retry times, or unlocked when neither is locked. */
export const combineLocks = (a: LockState, b: LockState): LockState => {
  if (!a.locked) return b;
  if (!b.locked) return a;
  return { locked: true, retryAtMs: Math.max(a.retryAtMs, b.retryAtMs) };
};
