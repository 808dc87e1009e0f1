// Product thresholds on cosine similarity, one per model, measured on lfw-dev (docs/models.md):
// each is the threshold at which lfw-dev's false-match rate is 5e-4, half the 1e-3 target,
// rounded up, so that a set of other people (the independent evaluation set) has room to be
// harder without crossing 1e-3. A deployer's own ONNX model has no measured threshold: they pass
// one, measured the same way with `lifecert face eval`.
import { DLIB_MODEL_NAME } from './dlib-model.ts';

export const MODEL_THRESHOLDS: Readonly<Record<string, number>> = {
  // lfw-dev, chip + mirror (2026-11-27): FMR 1e-3 at 0.9318, 5e-4 at 0.9355
  [DLIB_MODEL_NAME]: 0.936,
  // lfw-dev (2026-11-27, 50% padding first, template scale 0.85, contour eye centres, chip +
  // mirror): FMR 1e-3 at 0.3888, 5e-4 at 0.4127
  'onnx:fr_feature.onnx+mirror': 0.413,
};
