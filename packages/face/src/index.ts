export * from './types.ts';
export { createFaceEngine } from './engine.ts';
export type { FaceEngine, FaceEngineOptions } from './engine.ts';
export { detectMesh, faceTopology } from './mesh.ts';
export type { FaceTopology, MeshResult } from './mesh.ts';
export { cosineSimilarity, fuseEmbeddings } from './match/fuse.ts';
export { MODEL_THRESHOLDS } from './match/thresholds.ts';
export { eer, fnmrAtFmr, rocSummary, thresholdAtFmr } from './eval/metrics.ts';
export type { RocSummary, Scores } from './eval/metrics.ts';
