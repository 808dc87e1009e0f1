import type * as tfType from '@tensorflow/tfjs-core';
import { dlibPoints, dlibTemplate, DLIB_CHIP } from './alignment.ts';
import { loadDlibResnet } from './dlib-resnet.ts';
import { l2normalize, type EmbeddingModel } from './embedding-model.ts';
import { extractChip, mirrorChip } from './face-chip.ts';
import { fitSimilarity } from './similarity-transform.ts';

/**
 * The name says how embeddings are made, so that one stored under another recipe (the plain chip,
 * before the mirror was added) is never compared with these: the engine re-embeds the photo then.
 */
export const DLIB_MODEL_NAME = 'dlib-resnet-v1+mirror';

/**
 * dlib's ResNet on a dlib-style face chip aligned from nine mesh landmarks to dlib's mean face.
 * The embedding is the mean of the chip's and its mirror image's: the network is not symmetric,
 * and averaging cancels part of what one half of a lit or turned face contributes (lfw-dev, see
 * docs/models.md). Twice the network time (~20 ms more per face on one core).
 */
export function createDlibModel(tf: typeof tfType): EmbeddingModel {
  const net = loadDlibResnet(tf);
  const template = dlibTemplate();
  return {
    name: DLIB_MODEL_NAME,
    embed(img, mesh) {
      const chip = extractChip(img, fitSimilarity(template, dlibPoints(mesh)), DLIB_CHIP.size);
      const [a, b] = net.embedMany([chip, mirrorChip(chip, DLIB_CHIP.size)]).map(l2normalize);
      return Promise.resolve(l2normalize(a!.map((v, i) => v + b![i]!)));
    },
    dispose: () => net.dispose(),
  };
}
