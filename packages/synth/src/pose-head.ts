// Puts the head model in one frame's state: eyelids and jaw deform the neutral mesh, then the
// head turns rigidly about the neck while the skirt blends back to the still background, and the
// result is projected through the camera. Shading follows the turned normals so a face turning
// away from the light darkens as a real one does.
import { poseRotation, project, rotateAbout } from './camera.ts';
import type { EyeLids } from './face-regions.ts';
import { INNER_LIP_LOOP, LEFT_EYE, RIGHT_EYE } from './face-regions.ts';
import type { HeadModel } from './head-model.ts';
import type { ProjectedMesh } from './rasterise.ts';

export type HeadState = {
  /** degrees, conventions of HeadPose */
  yaw: number;
  pitch: number;
  roll: number;
  /** translation in pixels at the face's distance; tz > 0 moves away */
  tx: number;
  ty: number;
  tz: number;
  /** 0 = open eyes, 1 = closed */
  blink: number;
  /** 0 = closed mouth, 1 = fully open */
  mouth: number;
};

export const NEUTRAL: HeadState = {
  yaw: 0,
  pitch: 0,
  roll: 0,
  tx: 0,
  ty: 0,
  tz: 0,
  blink: 0,
  mouth: 0,
};

/** Jaw rotation at mouth = 1: enough for a clearly open mouth (lip gap ~ 1/3 of its width). */
const MAX_JAW_DEG = 34;
/** Light from the upper left, in front; the photo's own lighting is kept at rest. */
const LIGHT = normalise([-0.35, -0.45, -0.82]);
const AMBIENT = 0.55;
/**
 * Share of the eye height the upper lid travels in a full blink: a little past the lower lid's
 * edge, so that no slit of the photo's eye (its lash line, a narrow eye's shadow) stays in view.
 */
const LID_TRAVEL = 1.15;
/**
 * Share of the lid's travel the skin fold above it follows. A closing lid unfolds: the crease
 * flattens and comes down with it. At 0.4 the engine read fully closed rendered eyes at 0.70 of
 * open on average over 78 LFW faces and 61 passed its blink rule; with this, the longer travel and
 * the lit lid, 0.63 and 72 (real closed eyes read about 0.4-0.5).
 */
const CREASE_FOLLOW = 0.7;
/** A closed lid covers the shadowed eye opening with skin that faces the light: this much lighter. */
const LID_LIGHT = 0.1;
/**
 * The shut lid is drawn from the band above the eye, which on faces with heavy brows or shadowed
 * sockets is brow hair or shadow: such eyes shut as a dark band, nearly as dark as open (five of
 * seven held-out generated blinks the engine missed). A real shut lid is skin lit from the front,
 * so the lid is lightened towards the skin under the eye, by at most this factor.
 */
const MAX_LID_LIFT = 2;
/** Where the skin under the eye is read: this many eye heights below the lower lid's edge. */
const UNDER_EYE = [0.8, 1.6] as const;
/** How much further up than the crease the shut lid's top samples the photo. */
const CREASE_SKIN = 0.2;
/** Share of the mouth width the lips lose when fully open. */
const LIP_NARROWING = 0.15;
const MOUTH_LEFT = 291;
const MOUTH_RIGHT = 61;
const LID_SKIN = 0.6;

export function poseHead(model: HeadModel, s: HeadState, out?: ProjectedMesh): ProjectedMesh {
  const n = model.vertexCount;
  const res: ProjectedMesh = out ?? {
    screen: new Float32Array(n * 3),
    uv: new Float32Array(model.uv.length),
    shade: new Float32Array(n),
    indices: model.indices,
  };
  res.uv.set(model.uv);
  const p = new Float32Array(model.rest);
  closeEye(p, res.uv, RIGHT_EYE, s.blink);
  closeEye(p, res.uv, LEFT_EYE, s.blink);
  openJaw(p, model, s.mouth);
  placeMouth(p, model);

  const R = poseRotation(s.yaw, s.pitch, s.roll);
  const [px, py, pz] = model.pivot;
  const { normals, follow } = model;
  for (let i = 0; i < n; i++) {
    const o = i * 3;
    const w = follow[i]!;
    const x = p[o]!,
      y = p[o + 1]!,
      z = p[o + 2]!;
    if (w > 0) {
      const [rx, ry, rz] = rotateAbout(R, px, py, pz, x, y, z);
      p[o] = x + w * (rx + s.tx - x);
      p[o + 1] = y + w * (ry + s.ty - y);
      p[o + 2] = z + w * (rz + s.tz - z);
    }
    const nx = normals[o]!,
      ny = normals[o + 1]!,
      nz = normals[o + 2]!;
    const before = lambert(nx, ny, nz);
    const tnx = R[0] * nx + R[1] * ny + R[2] * nz;
    const tny = R[3] * nx + R[4] * ny + R[5] * nz;
    const tnz = R[6] * nx + R[7] * ny + R[8] * nz;
    const after = lambert(nx + w * (tnx - nx), ny + w * (tny - ny), nz + w * (tnz - nz));
    res.shade[i] = Math.min(1.35, Math.max(0.65, after / before));
  }
  project(model.camera, p, res.screen);
  const [liftRight, liftLeft] = lidLifts(model);
  shadeLid(res.shade, RIGHT_EYE, s.blink, liftRight);
  shadeLid(res.shade, LEFT_EYE, s.blink, liftLeft);
  shadeCavity(model, res.shade, s.mouth);
  return res;
}

function lambert(nx: number, ny: number, nz: number): number {
  const l = Math.hypot(nx, ny, nz) || 1;
  const d = (nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]) / l;
  return AMBIENT + (1 - AMBIENT) * Math.max(0, d);
}

function normalise(v: [number, number, number]): [number, number, number] {
  const l = Math.hypot(...v);
  return [v[0] / l, v[1] / l, v[2] / l];
}

function closeEye(p: Float32Array, uv: Float32Array, eye: EyeLids, amount: number): void {
  if (amount <= 0) return;
  const b = Math.min(1, amount);
  for (let k = 0; k < eye.upper.length; k++) {
    const ui = eye.upper[k]!,
      li = eye.lower[k]!,
      ci = eye.crease[k]!;
    const u = ui * 3,
      l = li * 3,
      c = ci * 3;
    for (let d = 0; d < 3; d++) {
      const delta = p[l + d]! - p[u + d]!;
      // The closed lid comes down over the lower lid's edge; the lower lid rises a little to meet it.
      p[u + d] = p[u + d]! + b * LID_TRAVEL * delta;
      p[l + d] = p[l + d]! - b * 0.03 * delta;
      p[c + d] = p[c + d]! + b * CREASE_FOLLOW * delta;
    }
    // The closed lid shows the skin from just above the eye (lid edge and crease sample one band
    // higher), so neither the iris nor a streak of stretched lashes shows through.
    for (let d = 0; d < 2; d++) {
      const up = uv[ci * 2 + d]! - uv[ui * 2 + d]!;
      uv[ui * 2 + d] = uv[ui * 2 + d]! + b * LID_SKIN * up;
      uv[ci * 2 + d] = uv[ci * 2 + d]! + b * CREASE_SKIN * up;
    }
  }
}

function openJaw(p: Float32Array, model: HeadModel, amount: number): void {
  if (amount <= 0) return;
  narrowLips(p, model, amount);
  const [hy, hz] = model.jawHinge;
  const maxA = ((MAX_JAW_DEG * Math.PI) / 180) * Math.min(1, amount);
  for (let i = 0; i < model.vertexCount; i++) {
    const w = model.jaw[i]!;
    if (w <= 0) continue;
    const a = maxA * w;
    const c = Math.cos(a),
      s = Math.sin(a);
    const o = i * 3;
    const dy = p[o + 1]! - hy,
      dz = p[o + 2]! - hz;
    p[o + 1] = hy + c * dy - s * dz;
    p[o + 2] = hz + s * dy + c * dz;
  }
}

/** As the jaw drops the lips round: the corners draw in towards the middle. */
function narrowLips(p: Float32Array, model: HeadModel, amount: number): void {
  const k = 1 - LIP_NARROWING * Math.min(1, amount);
  const mid = (p[MOUTH_LEFT * 3]! + p[MOUTH_RIGHT * 3]!) / 2;
  for (const i of model.lips) p[i * 3] = mid + (p[i * 3]! - mid) * k;
}

/**
 * A closed eye shows as a lit lid down to the lashes where the lids meet. The lashes themselves
 * are a line drawn over the frame (`lash-line.ts`): darkening the lid's edge vertices instead
 * shaded the whole lid down to them, and the mesh read such lids as half open.
 */
function shadeLid(shade: Float32Array, eye: EyeLids, amount: number, lift: number): void {
  if (amount <= 0) return;
  const b = Math.min(1, amount);
  const toSkin = 1 + (lift - 1) * b;
  for (const i of eye.crease) shade[i] = shade[i]! * (1 + LID_LIGHT * b) * toSkin;
  for (const i of eye.upper) shade[i] = shade[i]! * toSkin;
  for (const i of eye.lower) shade[i] = shade[i]! * (1 - 0.3 * b);
}

const lifts = new WeakMap<HeadModel, [right: number, left: number]>();

/** Each eye's lid lift, read once per head from its photo. */
function lidLifts(model: HeadModel): [number, number] {
  let known = lifts.get(model);
  if (!known) {
    known = [lidLift(model, RIGHT_EYE), lidLift(model, LEFT_EYE)];
    lifts.set(model, known);
  }
  return known;
}

/**
 * How much lighter the skin under the eye is than the photo's band a shut lid is drawn from
 * (the upper lid's and crease's texture positions once fully closed), between 1 and MAX_LID_LIFT.
 */
export function lidLift(model: HeadModel, eye: EyeLids): number {
  const { uv, texture } = model;
  const at = (i: number) => [uv[i * 2]!, uv[i * 2 + 1]!] as const;
  const lid: number[] = [];
  const skin: number[] = [];
  eye.upper.forEach((ui, k) => {
    const [ux, uy] = at(ui);
    const [cx, cy] = at(eye.crease[k]!);
    const [lx, ly] = at(eye.lower[k]!);
    lid.push(textureLuma(texture, ux + LID_SKIN * (cx - ux), uy + LID_SKIN * (cy - uy)));
    lid.push(textureLuma(texture, cx + CREASE_SKIN * (cx - ux), cy + CREASE_SKIN * (cy - uy)));
    for (const f of UNDER_EYE)
      skin.push(textureLuma(texture, lx + f * (lx - ux), ly + f * (ly - uy)));
  });
  const ratio = median(skin) / Math.max(1, median(lid));
  return Math.min(MAX_LID_LIFT, Math.max(1, ratio));
}

/** BT.601 luma of the texture pixel nearest (x, y), clamped to its edges. */
function textureLuma(t: HeadModel['texture'], x: number, y: number): number {
  const px = Math.min(t.width - 1, Math.max(0, Math.round(x)));
  const py = Math.min(t.height - 1, Math.max(0, Math.round(y)));
  const o = (py * t.width + px) * 3;
  return 0.299 * t.data[o]! + 0.587 * t.data[o + 1]! + 0.114 * t.data[o + 2]!;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

/** The cavity's own loop follows the lips; its centre sits a little behind them. */
function placeMouth(p: Float32Array, model: HeadModel): void {
  let x = 0,
    y = 0,
    z = 0;
  for (let j = 0; j < INNER_LIP_LOOP.length; j++) {
    const src = INNER_LIP_LOOP[j]! * 3,
      dst = model.cavityLoop[j]! * 3;
    p[dst] = p[src]!;
    p[dst + 1] = p[src + 1]!;
    p[dst + 2] = p[src + 2]!;
    x += p[src]!;
    y += p[src + 1]!;
    z += p[src + 2]!;
  }
  const m = INNER_LIP_LOOP.length;
  const o = model.mouthCentre * 3;
  p[o] = x / m;
  p[o + 1] = y / m;
  p[o + 2] = z / m + 0.04 * model.faceWidth;
}

/**
 * An open mouth is dark inside, darkest at the back, with the upper teeth (if the photo shows
 * them) still lit under the upper lip.
 */
function shadeCavity(model: HeadModel, shade: Float32Array, mouth: number): void {
  const a = Math.min(1, Math.max(0, mouth));
  const upper = INNER_LIP_LOOP.length / 2;
  for (let j = 0; j < model.cavityLoop.length; j++) {
    const onUpperLip = j <= upper && j > 0;
    shade[model.cavityLoop[j]!] = 1 - a * (onUpperLip ? 0.7 : 0.92);
  }
  shade[model.mouthCentre] = 1 - a * 0.95;
}
