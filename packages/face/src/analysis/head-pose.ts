import type { HeadPose, Point3 } from '../types.ts';
import { LM } from './landmarks.ts';
import { at, cross, deg, sub, unit, type Vec3 } from './vec.ts';

const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * Head pose from the 3D mesh (image x right, y down, z away from the camera, same scale as x).
 * The face's axes (eye line, forehead-to-chin) form a rotation R = Rz(roll) Ry(-yaw) Rx(-pitch)
 * of a frontal face; the angles are read back from R in that order so roll does not leak into
 * yaw and pitch.
 */
export function headPose(mesh: readonly Point3[]): HeadPose {
  const across = unit(sub(at(mesh, LM.leftEyeOuter), at(mesh, LM.rightEyeOuter)));
  const rawDown = sub(at(mesh, LM.chin), at(mesh, LM.forehead));
  const d = dot(rawDown, across);
  const down = unit([
    rawDown[0] - d * across[0],
    rawDown[1] - d * across[1],
    rawDown[2] - d * across[2],
  ]);
  const away = cross(across, down);
  return {
    yaw: deg(Math.asin(Math.max(-1, Math.min(1, across[2])))),
    pitch: -deg(Math.atan2(down[2], away[2])),
    roll: deg(Math.atan2(across[1], across[0])),
  };
}
