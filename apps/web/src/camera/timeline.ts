import type { Action } from '../api/types.ts';

// The challenge's clock. Each action gets a fixed window, long enough for a slow movement so
// elderly people are not rushed; a blink is quick, and a long blink window would only add frames
// the server must look at densely.
const STEP_MS: Record<Action, number> = {
  nod: 2500,
  shake: 2500,
  mouth: 2500,
  gaze: 2500,
  blink: 1500,
};
export const CAPTURE_INTERVAL_MS = 100;
/** "Get ready" after the camera opens, before the first prompt. */
export const READY_MS = 1200;

/**
 * Where the challenge's clock starts on the camera's clock, given the first frame's time. A
 * camera clock starts near 0 when the stream opens (Chromium's does), so the first prompt comes
 * READY_MS into the stream; a clock with another origin gets READY_MS from its first frame.
 */
export function challengeOrigin(firstFrameMs: number): number {
  return firstFrameMs < READY_MS ? READY_MS : firstFrameMs + READY_MS;
}

export function stepMs(action: Action): number {
  return STEP_MS[action];
}

/** Start of each step and, last, the end of the recording, in ms from the first frame. */
export function stepBounds(actions: readonly Action[]): number[] {
  const bounds = [0];
  for (const a of actions) bounds.push(bounds[bounds.length - 1]! + STEP_MS[a]);
  return bounds;
}

export function recordingMs(actions: readonly Action[]): number {
  return stepBounds(actions).at(-1)!;
}

/** The step a moment belongs to, or -1 once the recording is over. */
export function stepAt(tMs: number, actions: readonly Action[]): number {
  if (tMs < 0) return 0;
  const bounds = stepBounds(actions);
  for (let i = 0; i < actions.length; i++) if (tMs < bounds[i + 1]!) return i;
  return -1;
}

/** Whether a frame presented at `tMs` should be kept, given when the last kept one was taken. */
export function shouldCapture(tMs: number, lastKeptMs: number | null): boolean {
  // A little slack below the interval keeps ~10 fps when the camera's own clock jitters.
  return lastKeptMs === null || tMs - lastKeptMs >= CAPTURE_INTERVAL_MS * 0.9;
}
