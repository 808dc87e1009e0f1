/**
 * Failed self-service attempts count since the last staff reopening; at the profile's limit the
 * person must use an assisted channel, as the reference process sends people to a counter after
 * ten failures.
 */
export type AttemptAllowance = { used: number; limit: number; left: number; open: boolean };

export const attemptAllowance = (failedSinceReopen: number, limit: number): AttemptAllowance => {
  const used = Math.max(0, failedSinceReopen);
  const left = Math.max(0, limit - used);
  return { used, limit, left, open: left > 0 };
};
