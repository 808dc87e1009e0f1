export * from './types.ts';
export { createFaceEngine, DETECT_EVERY } from './engine.ts';
export type { FaceEngine, FaceEngineOptions } from './engine.ts';
export { detectMesh, faceTopology, meshLook } from './mesh.ts';
export type { FaceTopology, MeshLook, MeshResult } from './mesh.ts';
export { cosineSimilarity, fuseEmbeddings } from './match/fuse.ts';
export { MODEL_THRESHOLDS } from './match/thresholds.ts';
export { eer, fnmrAtFmr, rocSummary, thresholdAtFmr } from './eval/metrics.ts';
export type { RocSummary, Scores } from './eval/metrics.ts';
export { evaluate, scorePairs } from './eval/run-eval.ts';
export type { EvalReport, EvalRun } from './eval/run-eval.ts';
export { readManifest } from './eval/manifest.ts';
export type { ManifestEntry } from './eval/manifest.ts';
export { writeLfwManifest } from './eval/lfw-manifest.ts';
export { verifyAttempt, DEFAULT_MAX_FRAMES, sequenceRuns } from './verify-attempt.ts';
export type {
  AttemptEngine,
  AttemptEvidence,
  AttemptResult,
  VerifyAttemptInput,
} from './verify-attempt.ts';
export { benchFaceEngine, percentiles } from './eval/bench.ts';
export type { BenchResult, Percentiles } from './eval/bench.ts';
export * from './liveness/index.ts';
export { decodes } from './image/decode-image.ts';
