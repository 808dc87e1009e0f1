// dlib's face recognition ResNet (dlib_face_recognition_resnet_model_v1, released into the public
// domain by Davis King), as converted to tfjs weights by @vladmandic/face-api. The network is small
// enough to write with tfjs ops, which avoids loading face-api's own bundled copy of tfjs.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as tfType from '@tensorflow/tfjs-core';
import { readModelArtifacts } from '../models/file-io.ts';

type Tf = typeof tfType;
type T1 = tfType.Tensor1D;
type T4 = tfType.Tensor4D;
/** A convolution with dlib's affine (scale, shift) folded into its filters and bias. */
type ConvParams = { filters: T4; bias: T1 };
type ResidualParams = { conv1: ConvParams; conv2: ConvParams };

export type DlibResnet = {
  /** the 128-d descriptor of a 150x150 RGB chip */
  embed(chip: Uint8Array): Float32Array;
  /** one descriptor per chip, the chips run through the network as one batch */
  embedMany(chips: readonly Uint8Array[]): Float32Array[];
  dispose(): void;
};

/** dlib subtracts these per-channel means from the RGB input and divides by 256. */
const MEAN_RGB = [122.782, 117.001, 104.298] as const;
export const DLIB_INPUT = 150;

export function dlibWeightsPath(): string {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@vladmandic/face-api'));
  return join(dirname(dist), 'model', 'face_recognition_model-weights_manifest.json');
}

const STAGES: [name: string, down: boolean][] = [
  ['conv32_1', false],
  ['conv32_2', false],
  ['conv32_3', false],
  ['conv64_down', true],
  ['conv64_1', false],
  ['conv64_2', false],
  ['conv64_3', false],
  ['conv128_down', true],
  ['conv128_1', false],
  ['conv128_2', false],
  ['conv256_down', true],
  ['conv256_1', false],
  ['conv256_2', false],
  ['conv256_down_out', true],
];

export function loadDlibResnet(tf: Tf, manifestPath = dlibWeightsPath()): DlibResnet {
  const art = readModelArtifacts(manifestPath);
  if (!art.weightSpecs || !art.weightData) throw new Error(`no weights in ${manifestPath}`);
  const w = tf.io.decodeWeights(art.weightData, art.weightSpecs);
  const get = (name: string) => {
    const t = w[name];
    if (!t) throw new Error(`dlib weights lack ${name}`);
    return t;
  };
  // conv(x) * scale + shift = conv with filters * scale, plus bias * scale + shift: folded once
  // here, each layer is then one fused convolution (bias and ReLU in the same kernel).
  const conv = (p: string): ConvParams =>
    tf.tidy(() => {
      const scale = get(`${p}/scale/weights`);
      return {
        filters: tf.mul<T4>(get(`${p}/conv/filters`), scale),
        bias: tf.add<T1>(tf.mul(get(`${p}/conv/bias`), scale), get(`${p}/scale/biases`)),
      };
    });
  const residual = (p: string): ResidualParams => ({
    conv1: conv(`${p}/conv1`),
    conv2: conv(`${p}/conv2`),
  });
  const first = conv('conv32_down');
  const stages = STAGES.map(([name, down]) => ({ down, p: residual(name) }));
  const fc = get('fc') as tfType.Tensor2D;

  const layer = (x: T4, p: ConvParams, stride: 1 | 2, relu: boolean): T4 =>
    tf.fused.conv2d({
      x,
      filter: p.filters,
      bias: p.bias,
      strides: stride,
      pad: stride === 2 ? 'valid' : 'same',
      activation: relu ? 'relu' : 'linear',
    });

  const block = (x: T4, p: ResidualParams, down: boolean): T4 => {
    let out = layer(layer(x, p.conv1, down ? 2 : 1, true), p.conv2, 1, false);
    let shortcut = x;
    if (down) {
      shortcut = tf.avgPool(x, 2, 2, 'valid');
      // dlib's downsampling blocks: the strided 'valid' conv can come out one row/column short of
      // the pooled shortcut; pad it with zeros, and pad the shortcut's channels to the new depth.
      const [, ph, pw] = shortcut.shape;
      const [, oh, ow] = out.shape;
      if (oh !== ph || ow !== pw)
        out = tf.pad(out, [
          [0, 0],
          [0, ph - oh],
          [0, pw - ow],
          [0, 0],
        ]);
      const extra = out.shape[3] - shortcut.shape[3];
      if (extra > 0)
        shortcut = tf.pad(shortcut, [
          [0, 0],
          [0, 0],
          [0, 0],
          [0, extra],
        ]);
    }
    return tf.relu(tf.add<T4>(out, shortcut));
  };

  const params = [first, ...stages.flatMap((s) => [s.p.conv1, s.p.conv2])];
  // The folded tensors are all the network needs; the raw weights go now.
  tf.dispose(Object.values(w).filter((t) => t !== fc));

  const embedMany = (chips: readonly Uint8Array[]): Float32Array[] => {
    const n = chips.length;
    const input = new Float32Array(n * DLIB_INPUT * DLIB_INPUT * 3);
    chips.forEach((c, k) => input.set(c, k * c.length));
    const result = tf.tidy(() => {
      const img = tf.tensor4d(input, [n, DLIB_INPUT, DLIB_INPUT, 3]);
      let x = tf.div<T4>(tf.sub(img, tf.tensor1d([...MEAN_RGB])), 256);
      x = layer(x, first, 2, true);
      x = tf.maxPool(x, 3, 2, 'valid');
      for (const s of stages) x = block(x, s.p, s.down);
      return tf.matMul(tf.mean<tfType.Tensor2D>(x, [1, 2]), fc);
    });
    const v = result.dataSync() as Float32Array;
    result.dispose();
    const dim = v.length / n;
    return chips.map((_, k) => v.slice(k * dim, (k + 1) * dim));
  };
  return {
    embed: (chip) => embedMany([chip])[0]!,
    embedMany,
    dispose() {
      tf.dispose([fc, ...params.flatMap((p) => [p.filters, p.bias])]);
    },
  };
}
