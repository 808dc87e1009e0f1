import { median } from './stats.ts';
import type { FaceFrame } from './types.ts';

/**
 * The frames where the head is near its usual pose for the step. Eye and mouth measures shrink
 * and stretch when the head turns away (a nod looks like closing eyes from the camera), so the
 * blink and mouth detectors read only these. Relative to the step's median pose, not to the
 * camera: people hold a phone a little low or to one side.
 */
export function steadyFrames(
  frames: readonly FaceFrame[],
  maxDeviationDeg: number,
  /** a wider limit for pitch than for yaw, where pitch moves with what is measured */
  { pitchDeg = maxDeviationDeg }: { pitchDeg?: number } = {},
): FaceFrame[] {
  const yaw = median(frames.map((f) => f.face.pose.yaw));
  const pitch = median(frames.map((f) => f.face.pose.pitch));
  return frames.filter(
    (f) =>
      Math.abs(f.face.pose.yaw - yaw) <= maxDeviationDeg &&
      Math.abs(f.face.pose.pitch - pitch) <= pitchDeg,
  );
}
