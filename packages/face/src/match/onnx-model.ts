// Adapter for ArcFace-style ONNX embedding models (NCHW float input, one embedding output), run by
// onnxruntime-node's bundled CPU build on one thread per worker.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import * as ort from 'onnxruntime-node';
import { ARCFACE_112, arcfacePoints } from './alignment.ts';
import { l2normalize, type EmbeddingModel } from './embedding-model.ts';
import { extractChip, mirrorChip } from './face-chip.ts';
import { fitSimilarity } from './similarity-transform.ts';

export type OnnxModelOptions = {
  path: string;
  /** input pixel = (value - mean) / std, per RGB channel; ArcFace-family models use 127.5 / 128 */
  mean?: number;
  std?: number;
  /**
   * The template's size in the chip, about the chip's centre; below 1 the face is shown smaller.
   * 0.85 by default: the mesh's eye centres, nose tip and mouth corners are not the 5-point
   * detector's that ArcFace-family chips were cut with, and on the full ArcFace template the
   * optional MobileFaceNet rejected frontal photos that the same template at 0.85 matches
   * (first 2,640 lfw-dev images, FNMR at FMR 1e-3 with 35% padding: 5.95% at 1, 4.68% at 0.95,
   * 4.15% at 0.9, 3.99% at 0.85; with 50% padding: 3.47% at 0.85, 4.08% at 0.8; smaller still lets
   * the grey padding above the brow and below the chin into the chip, which raises impostor
   * scores). Measure it for another model.
   */
  templateScale?: number;
};

export const ONNX_TEMPLATE_SCALE = 0.85;

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
  const k = opts.templateScale ?? ONNX_TEMPLATE_SCALE;
  const template = ARCFACE_112.map(
    ([x, y]) => [((56 + (x - 56) * k) * size) / 112, ((56 + (y - 56) * k) * size) / 112] as const,
  );
  const mean = opts.mean ?? 127.5;
  const std = opts.std ?? 128;
  const run = async (chip: Uint8Array): Promise<Float32Array> => {
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
  };
  return {
    // Another template scale is another recipe, so it gets its own name too.
    name: `onnx:${basename(opts.path)}${k === ONNX_TEMPLATE_SCALE ? '' : `@${k}`}+mirror`,
    // As for dlib: the mean of the chip's and its mirror image's embeddings (lfw-dev FNMR at FMR
    // 1e-3 with the optional MobileFaceNet: 3.20% on the chip alone, 2.99% with the mirror and the
    // contour eye centres). The name says so, so that embeddings of the plain chip stored by an
    // earlier version are not compared with these.
    async embed(img, mesh) {
      const chip = extractChip(img, fitSimilarity(template, arcfacePoints(mesh)), size);
      const [a, b] = [await run(chip), await run(mirrorChip(chip, size))];
      return l2normalize(a.map((v, i) => v + b[i]!));
    },
    dispose: () => void session.release(),
  };
}
