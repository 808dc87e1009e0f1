// Product thresholds on cosine similarity, one per model, chosen from measurements on lfw-dev
// (see docs/models.md for the runs and how each was picked). A deployer's own ONNX model has no
// measured threshold: they must pass one, measured with `lifecert face eval`.
import { DLIB_MODEL_NAME } from './dlib-model.ts';

export const MODEL_THRESHOLDS: Readonly<Record<string, number>> = {
  [DLIB_MODEL_NAME]: 0.92,
  'onnx:fr_feature.onnx': 0.4,
};
