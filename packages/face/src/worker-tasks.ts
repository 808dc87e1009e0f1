// What a worker thread does with each task; also usable in-process (tests, single-thread tools).
import { describeFrame, observe } from './analysis/analyze-frame.ts';
import { detectRawFaces, type DetectMode } from './analysis/detect-faces.ts';
import { findLargestFace } from './find-face.ts';
import { frameQuality } from './analysis/frame-quality.ts';
import { decodeImage, type RgbImage } from './image/decode-image.ts';
import { createDlibModel } from './match/dlib-model.ts';
import type { EmbeddingModel } from './match/embedding-model.ts';
import { embeddingQuality } from './match/embedding-quality.ts';
import { createOnnxModel } from './match/onnx-model.ts';
import { loadHuman } from './models/load-human.ts';
import type { Box, Embedding, FaceObservation, FrameAnalysis } from './types.ts';
import type { Task, TaskResult, WorkerInit } from './worker-protocol.ts';

const TRACK_MAX_SHIFT = 0.08;

const trackedWell = (before: Box | undefined, now: Box | undefined): boolean => {
  if (!before || !now) return false;
  const shift = Math.hypot(
    now.x + now.width / 2 - (before.x + before.width / 2),
    now.y + now.height / 2 - (before.y + before.height / 2),
  );
  return shift <= TRACK_MAX_SHIFT * before.width;
};

export type TaskRunner = {
  modelName: string;
  run<K extends Task['kind']>(task: Extract<Task, { kind: K }>): Promise<TaskResult[K]>;
  dispose(): void;
};

export async function createTaskRunner(init: WorkerInit): Promise<TaskRunner> {
  const human = await loadHuman();
  const model =
    init.model === 'onnx'
      ? await createOnnxModel({
          path: init.onnxModelPath ?? '',
          ...(init.onnxTemplateScale === undefined
            ? {}
            : { templateScale: init.onnxTemplateScale }),
        })
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

  // The first frame, every `detectEvery`-th after it, and any frame on which tracking lost the
  // face get a full detection; so a face that enters the view is found within a few frames. A
  // frame whose tracked face moved more than TRACK_MAX_SHIFT of its width is measured again: the
  // mesh placed on the previous frame's box follows fast motion only part of the way, and reads
  // pose and eyes worse on a face off the box's centre. A second tracked pass starts from the box
  // of the first one's mesh, at about half a detection's cost; only when it moves on again is
  // the detector run.
  const analyzeSequence = async (images: Uint8Array[], detectEvery: number) => {
    const out: FrameAnalysis[] = [];
    let last: Box | undefined;
    const pass = async (img: RgbImage, mode: DetectMode) =>
      describeFrame(img, await detectRawFaces(human, img, mode));
    for (const [i, bytes] of images.entries()) {
      const img = await decodeImage(bytes);
      const scheduled = i % Math.max(1, detectEvery) === 0;
      let frame = await pass(img, scheduled ? 'detect' : 'track');
      const box = frame.faces[0]?.box;
      if (!scheduled && !trackedWell(last, box)) {
        const again = box ? await pass(img, 'track') : null;
        frame = again && trackedWell(box, again.faces[0]?.box) ? again : await pass(img, 'detect');
      }
      last = frame.faces[0]?.box;
      out.push(frame);
    }
    return out;
  };

  const run = async (task: Task): Promise<TaskResult[Task['kind']]> => {
    if (task.kind === 'analyzeSequence') return analyzeSequence(task.images, task.detectEvery);
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
