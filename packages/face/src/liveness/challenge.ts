import type { Action } from '../types.ts';
import { detectBlink } from './blink.ts';
import { detectGaze } from './gaze.ts';
import { detectMouth } from './mouth.ts';
import { detectNod } from './nod.ts';
import { detectShake } from './shake.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { ActionCheck, FaceFrame, LivenessReason } from './types.ts';

export const DETECTORS: Record<Action, (frames: readonly FaceFrame[]) => ActionCheck> = {
  nod: (f) => detectNod(f),
  shake: (f) => detectShake(f),
  mouth: (f) => detectMouth(f),
  blink: (f) => detectBlink(f),
  gaze: (f) => detectGaze(f),
};

export type StepOutcome = { step: number; action: Action; check: ActionCheck };

/**
 * Checks each requested action in its own step only, so frames of one step never satisfy another
 * step's action. When an action is missing from its step but present in another step that asked
 * for something else, the recording was performed in another order (or replayed from another
 * challenge) and is reported as such rather than as a plain miss.
 */
export function checkChallenge(
  challenge: readonly Action[],
  framesByStep: readonly (readonly FaceFrame[])[],
  minFrames: number = THRESHOLDS.minUsableFramesPerStep,
): { steps: StepOutcome[]; reasons: LivenessReason[] } {
  const reasons: LivenessReason[] = [];
  const steps = challenge.map((action, step) => {
    const frames = framesByStep[step] ?? [];
    const check: ActionCheck =
      frames.length < minFrames
        ? { ok: false, why: 'too_few_frames', evidence: { frames: frames.length } }
        : DETECTORS[action](frames);
    return { step, action, check };
  });
  for (const { step, action, check } of steps) {
    if (check.ok) continue;
    const elsewhere = challenge.findIndex(
      (other, j) =>
        j !== step &&
        other !== action &&
        (framesByStep[j]?.length ?? 0) >= minFrames &&
        DETECTORS[action](framesByStep[j]!).ok,
    );
    if (elsewhere >= 0) {
      reasons.push({
        code: 'action_out_of_order',
        step,
        action,
        detail: { foundInStep: elsewhere },
      });
    } else {
      reasons.push({
        code: 'action_not_detected',
        step,
        action,
        detail: { why: check.why ?? 'unknown', ...check.evidence },
      });
    }
  }
  return { steps, reasons };
}
