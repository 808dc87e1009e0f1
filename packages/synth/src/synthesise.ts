// From one photo to a recording: detect the face mesh, build the head, play the challenge's
// timeline through the camera, and encode each frame as a phone would send it.
import type { Action, MeshLook, Recording } from '@lifecert/face';
import sharp from 'sharp';
import type { AttackKind, PlaneModel } from './attacks.ts';
import { buildPlane, posePlane, printState, swapTime, wrongOrder } from './attacks.ts';
import type { Exposure } from './camera-effects.ts';
import { CLEAN, createNoiseSource, develop } from './camera-effects.ts';
import { defaultCamera } from './camera.ts';
import type { Camera } from './camera.ts';
import type { HeadModel, MeshPoint } from './head-model.ts';
import { buildHeadModel } from './head-model.ts';
import type { MeshSource } from './mesh-source.ts';
import { defaultMeshSource } from './mesh-source.ts';
import { planTimeline } from './motions.ts';
import { decodeRgb, framePhoto, SELFIE } from './photo-texture.ts';
import type { HeadState } from './pose-head.ts';
import { NEUTRAL, poseHead } from './pose-head.ts';
import { createRng, createWobble } from './random.ts';
import type { RenderTarget, Texture } from './rasterise.ts';
import { clearTarget, createTarget, drawMesh } from './rasterise.ts';
import { drawLashLine } from './lash-line.ts';
import { LEFT_EYE, RIGHT_EYE, type EyeLids } from './face-regions.ts';

export type SynthesiseOptions = {
  photo: Uint8Array;
  challenge: readonly Action[];
  attack?: AttackKind;
  /** the second person's photo, for the swap attack */
  swapPhoto?: Uint8Array;
  seed?: number;
  /** default 15 */
  fps?: number;
  /** default 640x480 */
  width?: number;
  height?: number;
  jpegQuality?: number;
  /** defaults to the face engine's detector (@lifecert/face) */
  meshSource?: MeshSource;
};

export type SyntheticRecording = Recording & {
  fps: number;
  width: number;
  height: number;
  /** the actions actually performed per step (differs from `challenge` in the order attack) */
  performed: Action[];
  attack?: AttackKind;
  /** head state per frame, for tests and calibration */
  states: HeadState[];
};

/** Head depth relative to the detector's mesh z, which is flatter than a real head. */
const DEPTH_SCALE = 1.6;
const BACKGROUND: readonly [number, number, number] = [96, 92, 86];

export async function synthesiseRecording(opts: SynthesiseOptions): Promise<SyntheticRecording> {
  const width = opts.width ?? 640,
    height = opts.height ?? 480,
    fps = opts.fps ?? 15;
  const seed = opts.seed ?? 1;
  const challenge = [...opts.challenge];
  if (challenge.length === 0) throw new Error('the challenge needs at least one action');
  const attack = opts.attack;
  const source = opts.meshSource ?? (await defaultMeshSource());
  const camera = defaultCamera(width, height);

  const { model: head, rest } = await headFromPhoto(opts.photo, source, camera, width, height);
  let second: HeadModel | undefined;
  if (attack === 'swap') {
    if (!opts.swapPhoto) throw new Error('the swap attack needs a second photo (swapPhoto)');
    second = (await headFromPhoto(opts.swapPhoto, source, camera, width, height)).model;
  }

  const performed = attack === 'order' ? wrongOrder(challenge) : challenge;
  const timeline = planTimeline(performed, createRng(seed), {
    still: attack === 'still',
    ...(rest ? { rest } : {}),
  });
  const switchAt = second ? swapTime(timeline.steps) : Infinity;
  const exposureAt = exposureDrift(seed, attack);
  const noise = createNoiseSource(createRng(seed ^ 0x5eed));
  const target = createTarget(width, height);
  const plane =
    attack === 'photo' ? buildPlane(renderClean(head, NEUTRAL, target), camera) : undefined;

  const frames: Recording['frames'] = [];
  const states: HeadState[] = [];
  const count = Math.floor((timeline.durationMs * fps) / 1000);
  for (let k = 0; k < count; k++) {
    const t = Math.round((k * 1000) / fps);
    const step = timeline.steps.findIndex((s) => t >= s.startMs && t < s.endMs);
    const state = timeline.stateAt(t);
    renderState(target, t >= switchAt && second ? second : head, plane, state);
    const rgb = develop(target.color, width, height, exposureAt(t), {
      table: noise.table,
      offset: noise.offset(),
    });
    frames.push({ image: await encodeJpeg(rgb, width, height, opts.jpegQuality ?? 85), t, step });
    states.push(state);
  }
  return { challenge, frames, fps, width, height, performed, attack, states };
}

async function headFromPhoto(
  photo: Uint8Array,
  source: MeshSource,
  camera: Camera,
  width: number,
  height: number,
): Promise<{ model: HeadModel; rest?: MeshLook }> {
  if (photo.byteLength === 0)
    throw new Error('the photo is empty (a buffer detached by a transfer?)');
  const found = await source.detectMesh(photo);
  if (!found) throw new Error('no face found in the photo');
  const rgb = await decodeRgb(photo);
  const framed = await framePhoto(rgb, found.mesh, { width, height, ...SELFIE });
  const build = (mesh: readonly MeshPoint[]): HeadModel =>
    buildHeadModel({
      texture: framed.texture,
      mesh,
      triangulation: source.triangulation,
      offset: framed.offset,
      camera,
      depthScale: DEPTH_SCALE,
    });
  // The mesh of a large or oddly shaped photo can be off by several pixels (lips placed on the
  // chin, say), and a misplaced lip line splits the skin instead of the mouth. Detected again on
  // the framed selfie, it lands where the detector will look in every later frame.
  const first = build(framed.mesh);
  const target = createTarget(width, height);
  const neutral = renderClean(first, NEUTRAL, target);
  const again = await source.detectMesh(await encodeJpeg(neutral.data, width, height, 95));
  const rest = source.look?.((again ?? found).mesh);
  const [ox, oy] = framed.offset;
  const model = again ? build(again.mesh.map(([x, y, z]) => [x - ox, y - oy, z] as const)) : first;
  return rest ? { model, rest } : { model };
}

export function renderState(
  target: RenderTarget,
  head: HeadModel,
  plane: PlaneModel | undefined,
  state: HeadState,
): void {
  clearTarget(target, BACKGROUND);
  if (plane) {
    drawMesh(target, posePlane(plane, printState(state)), plane.texture);
    return;
  }
  const posed = poseHead(head, state);
  drawMesh(target, posed, head.texture);
  if (state.blink > 0) {
    drawLashLine(target, posed.screen, RIGHT_LID_LINE, state.blink);
    drawLashLine(target, posed.screen, LEFT_LID_LINE, state.blink);
  }
}

/** Each upper lid's edge from the outer to the inner corner, where the lashes lie when closed. */
const lidLine = ({ corners: [outer, inner], upper }: EyeLids) => [outer, ...upper, inner];
const RIGHT_LID_LINE = lidLine(RIGHT_EYE);
const LEFT_LID_LINE = lidLine(LEFT_EYE);

/** The neutral frame without camera effects: what gets printed for the photo attack. */
function renderClean(head: HeadModel, state: HeadState, target: RenderTarget): Texture {
  renderState(target, head, undefined, state);
  return {
    data: develop(target.color, target.width, target.height, CLEAN),
    width: target.width,
    height: target.height,
    channels: 3,
  };
}

function exposureDrift(seed: number, attack: AttackKind | undefined): (tMs: number) => Exposure {
  const rng = createRng(seed ^ 0xe1b0);
  const gain = createWobble(rng, 0.05, 0.4);
  const warm = createWobble(rng, 0.05, 0.3);
  const slope = createWobble(rng, 0.05, 0.3);
  if (attack === 'still') {
    return () => ({ gain: 1, balance: [1, 1, 1], slope: 0, noise: 2.5 });
  }
  // In the dark, auto-exposure has given up: a dim, noisy picture the face cannot be judged on.
  const base = attack === 'dark' ? 0.11 : 1;
  const noise = attack === 'dark' ? 2 : 3;
  return (t) => ({
    gain: base * (1 + 0.08 * gain(t)),
    balance: [1 + 0.025 * warm(t), 1, 1 - 0.025 * warm(t)],
    slope: 0.12 * slope(t),
    noise,
  });
}

async function encodeJpeg(
  rgb: Uint8Array,
  width: number,
  height: number,
  quality: number,
): Promise<Uint8Array> {
  const buf = await sharp(rgb, { raw: { width, height, channels: 3 } })
    .jpeg({ quality, chromaSubsampling: '4:2:0' })
    .toBuffer();
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}
