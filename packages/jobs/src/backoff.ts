/**
 * Delay before retry `attempt` (1 = after the first failure): doubling from `baseMs`, capped at
 * `maxMs`. Deterministic, so tests on a fake clock know when a retry is due; instances spread
 * out anyway because each claims different jobs.
 */
export const exponentialBackoff =
  (baseMs = 30_000, maxMs = 3_600_000) =>
  (attempt: number): number =>
    Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
