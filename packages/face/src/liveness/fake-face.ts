// Synthetic faces for the liveness tests: a rigid 3D point cloud shaped like a face, posed and
// projected by a pinhole camera, with the per-frame measurements set directly. No images involved.
import type { Action, FaceObservation, FrameAnalysis, Point3 } from '../types.ts';
import { LIPS_THICKNESS } from '../analysis/synthetic-mesh.ts';
import type { AnalysedFrame } from './types.ts';

/** Deterministic pseudo-random numbers (mulberry32), so tests do not flake. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 478 points on a half-ellipsoid 160 wide, 200 tall, 90 deep (units ~ mm), the nose region pushed
 * forward, as seen from the front: x right, y down, z away from the camera.
 */
export function headCloud(seed = 1): Point3[] {
  const r = rng(seed);
  return Array.from({ length: 478 }, () => {
    const x = (r() * 2 - 1) * 0.95;
    const y = (r() * 2 - 1) * 0.95;
    const cap = Math.sqrt(Math.max(0, 1 - x * x - y * y));
    const nose = Math.exp(-(x * x + (y - 0.05) ** 2) / 0.02) * 0.35;
    return [x * 80, y * 100, -(cap + nose) * 90] as const;
  });
}

export type PoseOpts = { yaw?: number; pitch?: number; roll?: number };

/** Rotates about a pivot behind the face (the neck) and projects at 600 units with f = 800. */
export function projectHead(
  cloud: readonly Point3[],
  pose: PoseOpts,
  centre = [320, 240],
): Point3[] {
  const rad = Math.PI / 180;
  const [cy, sy] = [Math.cos((pose.yaw ?? 0) * rad), Math.sin((pose.yaw ?? 0) * rad)];
  const [cp, sp] = [Math.cos((pose.pitch ?? 0) * rad), Math.sin((pose.pitch ?? 0) * rad)];
  const pivotZ = 80;
  return cloud.map(([x, y, z0]) => {
    const z = z0 - pivotZ;
    // Pitch about the x axis (positive: looking up moves the nose tip up), then yaw about y
    // (positive: turning to their left moves the nose tip to image right).
    const y1 = y * cp + z * sp;
    const z1 = -y * sp + z * cp;
    const x2 = x * cy - z1 * sy;
    const z2 = x * sy + z1 * cy + pivotZ;
    const depth = 600 + z2;
    return [centre[0]! + (800 * x2) / depth, centre[1]! + (800 * y1) / depth, z2] as const;
  });
}

export type FaceOpts = PoseOpts & {
  eyes?: number;
  mouth?: number;
  /** the lips' outer height over mouth width; by default their thickness plus `mouth` */
  lips?: number;
  /** the share of the mouth region that is dark (`mouthDarkness`); 0 by default */
  dark?: number;
  /** each eye's normalised patch (`eyePatches`); none by default */
  eyePatch?: number[];
  gaze?: { yaw: number; pitch: number };
  mesh?: Point3[];
};

export function fakeFace(cloud: readonly Point3[], o: FaceOpts = {}): FaceObservation {
  const mesh = o.mesh ?? projectHead(cloud, o);
  const xs = mesh.map((p) => p[0]);
  const ys = mesh.map((p) => p[1]);
  const box = {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
  const pose = { yaw: o.yaw ?? 0, pitch: o.pitch ?? 0, roll: o.roll ?? 0 };
  return {
    box,
    score: 0.95,
    mesh,
    pose,
    eyeOpenness: { left: o.eyes ?? 0.3, right: o.eyes ?? 0.3 },
    mouthOpenness: o.mouth ?? 0.02,
    lipsHeight: o.lips ?? LIPS_THICKNESS + (o.mouth ?? 0.02),
    mouthDarkness: o.dark ?? 0,
    eyePatches: { left: o.eyePatch ?? [], right: o.eyePatch ?? [] },
    gaze: o.gaze ?? { yaw: pose.yaw, pitch: pose.pitch },
  };
}

export function fakeAnalysis(
  faces: FaceObservation[],
  quality: Partial<FrameAnalysis['quality']> = {},
): FrameAnalysis {
  return {
    width: 640,
    height: 480,
    faces,
    quality: {
      brightness: 120,
      sharpness: 200,
      faceSizeRatio: faces[0] ? faces[0].box.width / 640 : 0,
      ...quality,
    },
  };
}

/** Face parameters over one step, s in [0, 1) the progress through the step. */
export const MOTIONS: Record<Action, (s: number) => FaceOpts> = {
  nod: (s) => ({ pitch: -18 * Math.sin(Math.PI * Math.min(1, s * 1.4)) }),
  shake: (s) => ({ yaw: 20 * Math.sin(2 * Math.PI * Math.min(1, s * 1.2)) }),
  mouth: (s) => ({ mouth: s > 0.3 && s < 0.7 ? 0.5 : 0.03 }),
  blink: (s) => ({ eyes: s > 0.45 && s < 0.6 ? 0.04 : 0.3 }),
  gaze: () => ({}),
};

/** A genuine-looking recording: each step performed as asked, 12.5 fps, 1.6 s a step. */
export function fakeRecording(
  actions: readonly Action[],
  opts: { seed?: number; jitter?: number; perform?: readonly Action[] } = {},
): AnalysedFrame[] {
  const cloud = headCloud(opts.seed ?? 1);
  const r = rng((opts.seed ?? 1) + 7);
  const jitter = opts.jitter ?? 1;
  const frames: AnalysedFrame[] = [];
  const perStep = 20;
  (opts.perform ?? actions).forEach((action, step) => {
    for (let i = 0; i < perStep; i++) {
      const o = MOTIONS[action](i / perStep);
      const face = fakeFace(cloud, {
        ...o,
        yaw: (o.yaw ?? 0) + (r() - 0.5) * jitter,
        pitch: (o.pitch ?? 0) + (r() - 0.5) * jitter,
      });
      const t = (step * perStep + i) * 80;
      frames.push({ t, step, analysis: fakeAnalysis([face]), hash: `h${t}` });
    }
  });
  return frames;
}
