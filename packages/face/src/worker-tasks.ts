// What a worker thread does with each task; also usable in-process (tests, single-thread tools).
import { describeFrame, observe } from './analysis/analyze-frame.ts';
import { detectRawFaces } from './analysis/detect-faces.ts';
import { frameQuality } from './analysis/frame-quality.ts';
import { decodeImage, padImage, type RgbImage } from './image/decode-image.ts';
import { createDlibModel } from './match/dlib-model.ts';
import type { EmbeddingModel } from './match/embedding-model.ts';
import { embeddingQuality } from './match/embedding-quality.ts';
import { createOnnxModel } from './match/onnx-model.ts';
import { loadHuman } from './models/load-human.ts';
import type { Embedding, FaceObservation, FrameAnalysis } from './types.ts';
import type { Task, TaskResult, WorkerInit } from './worker-protocol.ts';

/**
 * Registry photos and data sets like LFW are tight crops. The detector may miss such a face, and
 * when it finds it the mesh is often poor (lfw-dev: 33% of genuine pairs rejected at FMR 1e-3
 * unpadded, 13% padded by 35%; a 40-person subset: EER 9% when faces 30-60% of the image width
 * were left unpadded, 3.5% when padded). So a face wider than TIGHT_CROP_WIDTH of the image, or
 * no face, means: pad by TIGHT_CROP_PADDING and detect again. Padded, such a face still spans a
 * fifth of the image, well within the detector's range.
 */
const TIGHT_CROP_PADDING = 0.35;
const TIGHT_CROP_WIDTH = 0.3;

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
    const first = describeFrame(img, await detectRawFaces(human, img)).faces[0];
    if (first && first.box.width < TIGHT_CROP_WIDTH * img.width) return embedFace(img, first);
    const padded = padImage(img, TIGHT_CROP_PADDING);
    const largest = describeFrame(padded, await detectRawFaces(human, padded)).faces[0];
    if (largest) return embedFace(padded, largest);
    return first ? embedFace(img, first) : null;
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
