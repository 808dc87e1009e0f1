import type { HeadPose, Point3 } from '../types.ts';
import { LM } from './landmarks.ts';
import { at, deg, norm, sub } from './vec.ts';

/**
 * An eye model in units of the eye's corner-to-corner width (about 30 mm): the iris centre sits
 * IRIS_AHEAD in front of the eyeball's centre, the corners CORNERS_AHEAD in front of it, and at rest
 * the iris sits IRIS_REST above the corners' line (measured on frontal photos here).
 * Seen from the camera, the iris lies at IRIS_AHEAD * gaze - CORNERS_AHEAD * head from the corners'
 * midpoint, gaze and head being unit vectors towards the camera's side (their x and up parts).
 */
export const EYE_MODEL = { IRIS_AHEAD: 0.28, CORNERS_AHEAD: 0.2, IRIS_REST: 0.07 } as const;

type EyeIdx = { outer: number; inner: number; iris: number };

const rad = (d: number) => (d * Math.PI) / 180;
const clamp1 = (v: number) => Math.max(-1, Math.min(1, v));

function eyeDirection(
  mesh: readonly Point3[],
  e: EyeIdx,
  pose: HeadPose,
): { yaw: number; pitch: number } {
  const outer = at(mesh, e.outer);
  const inner = at(mesh, e.inner);
  const iris = at(mesh, e.iris);
  // Work in the face's frame: undo the head roll so "horizontal" means along the eye line.
  const c = Math.cos(rad(-pose.roll));
  const s = Math.sin(rad(-pose.roll));
  const rot = (p: Point3): [number, number] => [p[0] * c - p[1] * s, p[0] * s + p[1] * c];
  const [ox, oy] = rot(outer);
  const [ix, iy] = rot(inner);
  const [px, py] = rot(iris);
  // The 3D width, because a turned head foreshortens the projected one. The vertical centre comes
  // from the corners only: the lids move with expression, the corners do not.
  const width = norm(sub(outer, inner)) || 1;
  // The rest offset belongs to the head: it foreshortens as the head pitches, and leans sideways
  // when the head both pitches and turns.
  const { IRIS_REST } = EYE_MODEL;
  const pitchRad = rad(pose.pitch);
  const dx =
    (px - (ox + ix) / 2) / width + IRIS_REST * Math.sin(pitchRad) * Math.sin(rad(pose.yaw));
  const up = -(py - (oy + iy) / 2) / width - IRIS_REST * Math.cos(pitchRad);
  const { IRIS_AHEAD, CORNERS_AHEAD } = EYE_MODEL;
  // Head forward (towards the camera) in the unrolled image frame: x right, "up" up.
  const headX = Math.sin(rad(pose.yaw)) * Math.cos(rad(pose.pitch));
  const headUp = Math.sin(rad(pose.pitch));
  // Gaze unit vector components, from offset = IRIS_AHEAD * gaze - CORNERS_AHEAD * head.
  const gUp = clamp1((up + CORNERS_AHEAD * headUp) / IRIS_AHEAD);
  const gX = (dx + CORNERS_AHEAD * headX) / IRIS_AHEAD;
  const pitch = Math.asin(gUp);
  return { yaw: deg(Math.asin(clamp1(gX / Math.cos(pitch)))), pitch: deg(pitch) };
}

/** Gaze direction relative to the camera, both eyes averaged; head pose alone without irises. */
export function gazeDirection(
  mesh: readonly Point3[],
  pose: HeadPose,
): { yaw: number; pitch: number } {
  if (mesh.length <= Math.max(LM.rightIris, LM.leftIris))
    return { yaw: pose.yaw, pitch: pose.pitch };
  const right = eyeDirection(
    mesh,
    { outer: LM.rightEyeOuter, inner: LM.rightEyeInner, iris: LM.rightIris },
    pose,
  );
  const left = eyeDirection(
    mesh,
    { outer: LM.leftEyeOuter, inner: LM.leftEyeInner, iris: LM.leftIris },
    pose,
  );
  return { yaw: (right.yaw + left.yaw) / 2, pitch: (right.pitch + left.pitch) / 2 };
}
