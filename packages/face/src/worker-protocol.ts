import type { Embedding, FaceObservation, FrameAnalysis } from './types.ts';

export type WorkerInit = { model: 'dlib' | 'onnx'; onnxModelPath?: string };

export type Task =
  | { kind: 'analyze'; image: Uint8Array }
  | { kind: 'embed'; image: Uint8Array; face?: FaceObservation }
  | { kind: 'analyzeAndEmbed'; image: Uint8Array };

export type TaskResult = {
  analyze: FrameAnalysis;
  embed: Embedding | null;
  analyzeAndEmbed: { analysis: FrameAnalysis; embedding: Embedding | null };
};

export type Request = { id: number; task: Task };
export type Response =
  | { id: number; ok: true; result: TaskResult[Task['kind']] }
  | { id: number; ok: false; error: string };

export type Ready = { ready: true; modelName: string } | { ready: false; error: string };
