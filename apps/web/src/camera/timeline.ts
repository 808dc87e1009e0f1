// The challenge's clock: every action gets the same fixed window, long enough for a slow
// movement, so elderly people are never rushed and the server can tell steps apart.
export const STEP_MS = 2500;
export const CAPTURE_INTERVAL_MS = 100;

export function recordingMs(steps: number): number {
  return steps * STEP_MS;
}

/** The step a moment belongs to, or -1 once the recording is over. */
export function stepAt(tMs: number, steps: number): number {
  if (tMs < 0) return 0;
  const step = Math.floor(tMs / STEP_MS);
  return step < steps ? step : -1;
}

/** Whether a frame presented at `tMs` should be kept, given when the last kept one was taken. */
export function shouldCapture(tMs: number, lastKeptMs: number | null): boolean {
  // A little slack below the interval keeps ~10 fps when the camera's own clock jitters.
  return lastKeptMs === null || tMs - lastKeptMs >= CAPTURE_INTERVAL_MS * 0.9;
}
