// Adapter for ArcFace-style ONNX embedding models (NCHW float input, one embedding output), run by
// onnxruntime-node's bundled CPU build on one thread per worker.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import * as ort from 'onnxruntime-node';
import { ARCFACE_112, arcfacePoints } from './alignment.ts';
import { l2normalize, type EmbeddingModel } from './embedding-model.ts';
import { extractChip } from './face-chip.ts';
import { fitSimilarity } from './similarity-transform.ts';

export type OnnxModelOptions = {
  path: string;
  /** input pixel = (value - mean) / std, per RGB channel; ArcFace-family models use 127.5 / 128 */
  mean?: number;
  std?: number;
};

export async function createOnnxModel(opts: OnnxModelOptions): Promise<EmbeddingModel> {
  if (!existsSync(opts.path)) throw new Error(`ONNX model file not found: ${opts.path}`);
  const session = await ort.InferenceSession.create(opts.path, {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionProviders: ['cpu'],
  });
  const inputName = session.inputNames[0]!;
  const outputName = session.outputNames[0]!;
  const meta = session.inputMetadata[0];
  const shape = meta && 'shape' in meta ? meta.shape : [1, 3, 112, 112];
  const size = typeof shape[2] === 'number' ? shape[2] : 112;
  // The ArcFace template is defined for 112 px; other input sizes scale it.
  const template = ARCFACE_112.map(([x, y]) => [(x * size) / 112, (y * size) / 112] as const);
  const mean = opts.mean ?? 127.5;
  const std = opts.std ?? 128;
  return {
    name: `onnx:${basename(opts.path)}`,
    async embed(img, mesh) {
      const chip = extractChip(img, fitSimilarity(template, arcfacePoints(mesh)), size);
      const plane = size * size;
      const input = new Float32Array(3 * plane);
      for (let i = 0; i < plane; i++) {
        for (let c = 0; c < 3; c++) input[c * plane + i] = (chip[i * 3 + c]! - mean) / std;
      }
      const out = await session.run({
        [inputName]: new ort.Tensor('float32', input, [1, 3, size, size]),
      });
      const t = out[outputName];
      if (!t) throw new Error(`ONNX model gave no ${outputName}`);
      return l2normalize(Float32Array.from(t.data as Float32Array));
    },
    dispose: () => void session.release(),
  };
}
