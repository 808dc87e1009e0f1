import { cosineSimilarity } from './match/fuse.ts';
import { MODEL_THRESHOLDS } from './match/thresholds.ts';
import type { Embedding, FaceObservation, FrameAnalysis } from './types.ts';
import { createWorkerPool } from './worker-pool.ts';

/** In a tracked sequence, one frame in this many gets the full face detector. */
export const DETECT_EVERY = 3;

export type FaceEngineOptions = {
  /** inference threads; defaults to the number of cores */
  threads?: number;
  /** 'dlib' (default, public-domain weights) or 'onnx' (a model file the deployer provides) */
  model?: 'dlib' | 'onnx';
  onnxModelPath?: string;
  /** the ArcFace template's scale in an ONNX model's chip (match/onnx-model.ts) */
  onnxTemplateScale?: number;
  /** cosine threshold for a match; required for an ONNX model without a measured one */
  threshold?: number;
};

export type FaceEngine = {
  modelName: string;
  /** cosine similarity at or above which two embeddings are the same person */
  threshold: number;
  analyze(image: Uint8Array): Promise<FrameAnalysis>;
  /** the given face's embedding, or the largest face's; null when the image has no face */
  embed(image: Uint8Array, face?: FaceObservation): Promise<Embedding | null>;
  /** one decode and one detection for both: cheaper than analyze then embed */
  analyzeAndEmbed(
    image: Uint8Array,
  ): Promise<{ analysis: FrameAnalysis; embedding: Embedding | null }>;
  /**
   * Frames of one recording, in time order, analysed on one thread with the face tracked from
   * frame to frame: a full detection on the first, on every `detectEvery`-th and wherever
   * tracking loses the face or a second tracked pass cannot catch up with a fast-moving one
   * (`worker-tasks.ts`, `analysis/detect-faces.ts`). Cheaper than `analyze` per frame.
   */
  analyzeSequence(images: Uint8Array[], detectEvery?: number): Promise<FrameAnalysis[]>;
  similarity(a: Embedding, b: Embedding): number;
  close(): Promise<void>;
};

export async function createFaceEngine(opts: FaceEngineOptions = {}): Promise<FaceEngine> {
  const model = opts.model ?? 'dlib';
  if (model === 'onnx' && !opts.onnxModelPath) throw new Error('model "onnx" needs onnxModelPath');
  // Checked here, where NaN from a mistyped setting would otherwise start no thread at all.
  if (opts.threads !== undefined && !(Number.isInteger(opts.threads) && opts.threads >= 1))
    throw new Error(`threads must be a whole number of at least 1, not ${opts.threads}`);
  if (opts.threshold !== undefined && !(Math.abs(opts.threshold) <= 1))
    throw new Error(
      `threshold must be a cosine similarity between -1 and 1, not ${opts.threshold}`,
    );
  const pool = await createWorkerPool(
    model === 'onnx'
      ? { model, onnxModelPath: opts.onnxModelPath, onnxTemplateScale: opts.onnxTemplateScale }
      : { model },
    opts.threads,
  );
  const threshold = opts.threshold ?? MODEL_THRESHOLDS[pool.modelName];
  if (threshold === undefined) {
    await pool.close();
    throw new Error(
      `no measured threshold for ${pool.modelName}: pass one (see lifecert face eval)`,
    );
  }
  return {
    modelName: pool.modelName,
    threshold,
    analyze: (image) => pool.run({ kind: 'analyze', image }),
    embed: (image, face) =>
      pool.run(face ? { kind: 'embed', image, face } : { kind: 'embed', image }),
    analyzeAndEmbed: (image) => pool.run({ kind: 'analyzeAndEmbed', image }),
    analyzeSequence: (images, detectEvery = DETECT_EVERY) =>
      pool.run({ kind: 'analyzeSequence', images, detectEvery }),
    similarity(a, b) {
      if (a.model !== b.model)
        throw new Error(`embeddings of ${a.model} and ${b.model} do not compare`);
      return cosineSimilarity(a.vector, b.vector);
    },
    close: () => pool.close(),
  };
}
