// The presentation attacks the liveness checks must refuse, rendered with the same camera so that
// only the attack differs from a genuine recording.
import type { Action } from '@lifecert/face';
import type { Camera } from './camera.ts';
import { poseRotation, project, rotateAbout, unproject } from './camera.ts';
import type { HeadState } from './pose-head.ts';
import type { ProjectedMesh, Texture } from './rasterise.ts';

export type AttackKind = 'photo' | 'swap' | 'order' | 'dark' | 'still';
export const ATTACK_KINDS: readonly AttackKind[] = ['photo', 'swap', 'order', 'dark', 'still'];

/**
 * The order the attacker performs: the listed actions rotated by one, so every step shows an
 * action, just the wrong one. Needs two different actions, or no order can be wrong.
 */
export function wrongOrder(challenge: readonly Action[]): Action[] {
  if (new Set(challenge).size < 2) {
    throw new Error('the order attack needs at least two different actions in the challenge');
  }
  for (let shift = 1; shift < challenge.length; shift++) {
    const out = challenge.map((_, i) => challenge[(i + shift) % challenge.length]!);
    if (out.some((a, i) => a !== challenge[i])) return out;
  }
  throw new Error('unreachable: two different actions always have a wrong order');
}

/** The moment the second person takes over: the step boundary nearest the middle. */
export function swapTime(steps: readonly { startMs: number; endMs: number }[]): number {
  const end = steps.at(-1)?.endMs ?? 0;
  const starts = steps.slice(1).map((s) => s.startMs);
  if (starts.length === 0) return end / 2;
  return starts.reduce((best, s) => (Math.abs(s - end / 2) < Math.abs(best - end / 2) ? s : best));
}

export type PlaneModel = {
  camera: Camera;
  texture: Texture;
  /** neutral camera-space positions of a grid over the print, all on the plane Z = f */
  rest: Float32Array;
  uv: Float32Array;
  indices: Uint32Array;
  centre: [number, number, number];
};

const GRID = 8;

/**
 * A printed photo as a rigid plane: a grid of vertices (so the projection's exactness can be
 * checked anywhere on it) on one plane, textured with the neutral frame.
 */
export function buildPlane(texture: Texture, camera: Camera, printScale = 0.96): PlaneModel {
  const n = GRID + 1;
  const rest = new Float32Array(n * n * 3);
  const uv = new Float32Array(n * n * 2);
  const { width: w, height: h } = texture;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      const u = (i / GRID) * w,
        v = (j / GRID) * h;
      uv[k * 2] = u;
      uv[k * 2 + 1] = v;
      const sx = camera.cx + (u - camera.cx) * printScale,
        sy = camera.cy + (v - camera.cy) * printScale;
      rest.set(unproject(camera, sx, sy, 0), k * 3);
    }
  }
  const idx: number[] = [];
  for (let j = 0; j < GRID; j++) {
    for (let i = 0; i < GRID; i++) {
      const a = j * n + i;
      idx.push(a, a + 1, a + n + 1, a, a + n + 1, a + n);
    }
  }
  return { camera, texture, rest, uv, indices: Uint32Array.from(idx), centre: [0, 0, camera.f] };
}

/**
 * Tilts and moves the print as an attacker mimicking the actions would: nods and shakes become
 * tilts of the whole sheet, blinks and mouth openings cannot be mimicked at all.
 */
export function posePlane(plane: PlaneModel, s: HeadState): ProjectedMesh {
  const R = poseRotation(s.yaw, s.pitch, s.roll);
  const [px, py, pz] = plane.centre;
  const n = plane.rest.length / 3;
  const p = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const o = i * 3;
    const [x, y, z] = rotateAbout(
      R,
      px,
      py,
      pz,
      plane.rest[o]!,
      plane.rest[o + 1]!,
      plane.rest[o + 2]!,
    );
    p[o] = x + s.tx;
    p[o + 1] = y + s.ty;
    p[o + 2] = z + s.tz;
  }
  return {
    screen: project(plane.camera, p, new Float32Array(n * 3)),
    uv: plane.uv,
    shade: new Float32Array(n).fill(1),
    indices: plane.indices,
  };
}

/** An attacker tilts the print further than a head turns, to make its flat face read as turned. */
export function printState(s: HeadState): HeadState {
  return { ...s, yaw: 1.6 * s.yaw, pitch: 1.6 * s.pitch, roll: s.roll, blink: 0, mouth: 0 };
}
