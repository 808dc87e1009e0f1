// What a worker thread does with each task; also usable in-process (tests, single-thread tools).
import { describeFrame, observe } from './analysis/analyze-frame.ts';
import { detectRawFaces } from './analysis/detect-faces.ts';
import { findLargestFace } from './find-face.ts';
import { frameQuality } from './analysis/frame-quality.ts';
import { decodeImage, type RgbImage } from './image/decode-image.ts';
import { createDlibModel } from './match/dlib-model.ts';
import type { EmbeddingModel } from './match/embedding-model.ts';
import { embeddingQuality } from './match/embedding-quality.ts';
import { createOnnxModel } from './match/onnx-model.ts';
import { loadHuman } from './models/load-human.ts';
import type { Embedding, FaceObservation, FrameAnalysis } from './types.ts';
import type { Task, TaskResult, WorkerInit } from './worker-protocol.ts';

export type TaskRunner = {
  modelName: string;
  run<K extends Task['kind']>(task: Extract<Task, { kind: K }>): Promise<TaskResult[K]>;
  dispose(): void;
};

export async function createTaskRunner(init: WorkerInit): Promise<TaskRunner> {
  const human = await loadHuman();
  const model =
    init.model === 'onnx'
      ? await createOnnxModel({ path: init.onnxModelPath ?? '' })
      : createDlibModel(human.tf as never);

  const embedFace = async (img: RgbImage, face: FaceObservation): Promise<Embedding> => {
    const vector = await model.embed(img, face.mesh);
    return {
      vector,
      quality: embeddingQuality(face, frameQuality(img, face.box)),
      model: model.name,
    };
  };

  const analyzeAndEmbed = async (
    img: RgbImage,
  ): Promise<{ analysis: FrameAnalysis; embedding: Embedding | null }> => {
    const analysis = describeFrame(img, await detectRawFaces(human, img));
    const face = analysis.faces[0];
    return { analysis, embedding: face ? await embedFace(img, face) : null };
  };

  const embedLargest = async (img: RgbImage): Promise<Embedding | null> => {
    const found = await findLargestFace(human, img);
    return found ? embedFace(found.img, found.face) : null;
  };

  const run = async (task: Task): Promise<TaskResult[Task['kind']]> => {
    const img = await decodeImage(task.image);
    switch (task.kind) {
      case 'analyze':
        return describeFrame(img, await detectRawFaces(human, img));
      case 'embed':
        return task.face ? embedFace(img, task.face) : embedLargest(img);
      case 'analyzeAndEmbed':
        return analyzeAndEmbed(img);
    }
  };

  return {
    modelName: model.name,
    run: run as TaskRunner['run'],
    dispose: () => model.dispose(),
  };
}

export { observe };
export type { EmbeddingModel };
