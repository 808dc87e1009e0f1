// A hand-made head for tests: only the landmarks the geometry reads, at plausible positions (mm),
// posed by known angles and projected orthographically into a 640x480 frame.
import type { Point3 } from '../types.ts';
import { EYE_MODEL } from './gaze.ts';
import { LM, MESH_POINTS } from './landmarks.ts';

/** Both lips' thickness over the mouth width, as drawn here; `lipsHeight` reads this plus the gap. */
export const LIPS_THICKNESS = 0.24;

export type SyntheticFace = {
  yaw?: number;
  pitch?: number;
  roll?: number;
  /** eye aspect ratio to draw */
  eyeOpen?: number;
  /** inner-lip gap over mouth width to draw */
  mouthOpen?: number;
  /** rotation of the eyes in the head, degrees (yaw to the person's left, pitch up) */
  eyeYaw?: number;
  eyePitch?: number;
  scale?: number;
  center?: [number, number];
};

type P = [number, number, number];

function rotate(p: P, yaw: number, pitch: number, roll: number): P {
  const r = (a: number) => (a * Math.PI) / 180;
  // Rx(-pitch)
  let [x, y, z] = p;
  let c = Math.cos(r(-pitch));
  let s = Math.sin(r(-pitch));
  [y, z] = [y * c - z * s, y * s + z * c];
  // Ry(-yaw)
  c = Math.cos(r(-yaw));
  s = Math.sin(r(-yaw));
  [x, z] = [x * c + z * s, -x * s + z * c];
  // Rz(roll)
  c = Math.cos(r(roll));
  s = Math.sin(r(roll));
  [x, y] = [x * c - y * s, x * s + y * c];
  return [x, y, z];
}

export function syntheticMesh(f: SyntheticFace = {}): Point3[] {
  const eyeW = 30;
  const gap = (f.eyeOpen ?? 0.28) * eyeW;
  const mouthW = 50;
  const lip = (f.mouthOpen ?? 0.02) * mouthW;
  const lipThick = (LIPS_THICKNESS / 2) * mouthW;
  // Irises on eyeballs placed as EYE_MODEL describes, behind the corners (z = 10).
  const r = EYE_MODEL.IRIS_AHEAD * eyeW;
  const centreZ = 10 + EYE_MODEL.CORNERS_AHEAD * eyeW;
  const ey = ((f.eyeYaw ?? 0) * Math.PI) / 180;
  const ep = ((f.eyePitch ?? 0) * Math.PI) / 180;
  const iris = (cx: number): P => [
    cx + r * Math.sin(ey) * Math.cos(ep),
    -35 - EYE_MODEL.IRIS_REST * eyeW - r * Math.sin(ep),
    centreZ - r * Math.cos(ey) * Math.cos(ep),
  ];
  const pts = new Map<number, P>([
    [LM.rightEyeOuter, [-45, -35, 10]],
    [LM.rightEyeInner, [-15, -35, 10]],
    [LM.leftEyeOuter, [45, -35, 10]],
    [LM.leftEyeInner, [15, -35, 10]],
    [160, [-35, -35 - gap / 2, 8]],
    [144, [-35, -35 + gap / 2, 8]],
    [158, [-25, -35 - gap / 2, 8]],
    [153, [-25, -35 + gap / 2, 8]],
    [385, [25, -35 - gap / 2, 8]],
    [380, [25, -35 + gap / 2, 8]],
    [387, [35, -35 - gap / 2, 8]],
    [373, [35, -35 + gap / 2, 8]],
    [LM.rightEyeUpper, [-30, -35 - gap / 2, 8]],
    [LM.rightEyeLower, [-30, -35 + gap / 2, 8]],
    [LM.leftEyeUpper, [30, -35 - gap / 2, 8]],
    [LM.leftEyeLower, [30, -35 + gap / 2, 8]],
    [LM.rightIris, iris(-30)],
    [LM.leftIris, iris(30)],
    [LM.noseTip, [0, 10, -25]],
    [LM.noseBottom, [0, 20, -15]],
    [LM.forehead, [0, -90, 10]],
    [LM.chin, [0, 70, 10]],
    [LM.rightCheek, [-70, 0, 40]],
    [LM.leftCheek, [70, 0, 40]],
    [LM.mouthRightOuter, [-mouthW / 2, 45, 5]],
    [LM.mouthLeftOuter, [mouthW / 2, 45, 5]],
    [LM.mouthRightInner, [-mouthW / 2 + 3, 45, 5]],
    [LM.mouthLeftInner, [mouthW / 2 - 3, 45, 5]],
    [LM.upperLipInner, [0, 45 - lip / 2, 2]],
    [LM.lowerLipInner, [0, 45 + lip / 2, 2]],
    [LM.upperLipOuter, [0, 45 - lip / 2 - lipThick, 4]],
    [LM.lowerLipOuter, [0, 45 + lip / 2 + lipThick, 4]],
  ]);
  const scale = f.scale ?? 1.5;
  const [cx, cy] = f.center ?? [320, 240];
  const mesh: Point3[] = [];
  for (let i = 0; i < MESH_POINTS; i++) {
    // Unused points sit on the face outline so extents and boxes stay realistic.
    const a = (i / MESH_POINTS) * 2 * Math.PI;
    const base: P = pts.get(i) ?? [70 * Math.cos(a), 10 + 90 * Math.sin(a), 30];
    const [x, y, z] = rotate(base, f.yaw ?? 0, f.pitch ?? 0, f.roll ?? 0);
    mesh.push([cx + x * scale, cy + y * scale, z * scale]);
  }
  return mesh;
}
