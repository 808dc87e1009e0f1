import type { Embedding, FaceObservation, FrameAnalysis } from './types.ts';

export type WorkerInit = {
  model: 'dlib' | 'onnx';
  onnxModelPath?: string;
  onnxTemplateScale?: number;
};

export type Task =
  | { kind: 'analyze'; image: Uint8Array }
  | { kind: 'embed'; image: Uint8Array; face?: FaceObservation }
  | { kind: 'analyzeAndEmbed'; image: Uint8Array }
  /** frames of one recording in time order; the face is tracked between them (`analyzeSequence`) */
  | { kind: 'analyzeSequence'; images: Uint8Array[]; detectEvery: number };

export type TaskResult = {
  analyze: FrameAnalysis;
  embed: Embedding | null;
  analyzeAndEmbed: { analysis: FrameAnalysis; embedding: Embedding | null };
  analyzeSequence: FrameAnalysis[];
};

export type Request = { id: number; task: Task };
export type Response =
  | { id: number; ok: true; result: TaskResult[Task['kind']] }
  | { id: number; ok: false; error: string };

export type Ready = { ready: true; modelName: string } | { ready: false; error: string };
