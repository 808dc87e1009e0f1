import type * as tfType from '@tensorflow/tfjs-core';
import { dlibPoints, dlibTemplate, DLIB_CHIP } from './alignment.ts';
import { loadDlibResnet } from './dlib-resnet.ts';
import { l2normalize, type EmbeddingModel } from './embedding-model.ts';
import { extractChip } from './face-chip.ts';
import { fitSimilarity } from './similarity-transform.ts';

export const DLIB_MODEL_NAME = 'dlib-resnet-v1';

/** dlib's ResNet on a dlib-style face chip aligned from nine mesh landmarks to dlib's mean face. */
export function createDlibModel(tf: typeof tfType): EmbeddingModel {
  const net = loadDlibResnet(tf);
  const template = dlibTemplate();
  return {
    name: DLIB_MODEL_NAME,
    embed(img, mesh) {
      const chip = extractChip(img, fitSimilarity(template, dlibPoints(mesh)), DLIB_CHIP.size);
      return Promise.resolve(l2normalize(net.embed(chip)));
    },
    dispose: () => net.dispose(),
  };
}
