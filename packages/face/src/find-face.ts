// Which face of a photo (a registry photo, a data-set image) to embed when no face is given.
import type { Human } from '@vladmandic/human';
import { describeFrame } from './analysis/analyze-frame.ts';
import { detectRawFaces } from './analysis/detect-faces.ts';
import { padImage, type RgbImage } from './image/decode-image.ts';
import type { FaceObservation } from './types.ts';

/**
 * Registry photos and data sets like LFW are tight crops. The detector may miss such a face, and
 * when it finds it the mesh is often poor (lfw-dev: 33% of genuine pairs rejected at FMR 1e-3
 * unpadded, 13% padded by 35%; a 40-person subset: EER 9% when faces 30-60% of the image width
 * were left unpadded, 3.5% when padded). So a face wider than TIGHT_CROP_WIDTH of the image, or
 * no face, means: pad by the first of TIGHT_CROP_PADDINGS and detect again. Padded, such a face
 * still spans a fifth of the image, well within the detector's range. Crops tighter still (the
 * face cut off at the chin and brow) are found only with more context: when 35% finds nothing, 70%
 * and then 50% are tried (lfw-dev: 6 of 8 faces missed at 35% found), costing time only on photos
 * that would otherwise have no face.
 */
const TIGHT_CROP_PADDINGS = [0.35, 0.7, 0.5] as const;
const TIGHT_CROP_WIDTH = 0.3;

/**
 * The face to embed in a photo without a known face: the largest, from the image itself when it
 * has context around the face, else from the image padded (see above). `img` is the image the
 * face's mesh refers to.
 */
export async function findLargestFace(
  human: Human,
  img: RgbImage,
): Promise<{ img: RgbImage; face: FaceObservation } | null> {
  const first = describeFrame(img, await detectRawFaces(human, img)).faces[0];
  if (first && first.box.width < TIGHT_CROP_WIDTH * img.width) return { img, face: first };
  for (const padding of TIGHT_CROP_PADDINGS) {
    const padded = padImage(img, padding);
    const largest = describeFrame(padded, await detectRawFaces(human, padded)).faces[0];
    if (largest) return { img: padded, face: largest };
    if (first) break;
  }
  return first ? { img, face: first } : null;
}
