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
 * no face, means: pad by the first of TIGHT_CROP_PADDINGS and detect again. Padded by 50%, such a
 * face spans about 40% of the padded image's width, well within the detector's range. 50% rather
 * than 35%: the mesh of a face cut at brow and chin is sometimes a third too small at 35% and right
 * at 50% (lfw-dev `George_W_Bush_0336`: rejected against all 519 other photos of him at 35%, not
 * among the rejected at 50%); over the first 2,640 lfw-dev images the optional model's FNMR at FMR
 * 1e-3 (template scale 0.85, match/onnx-model.ts) fell from 3.99% to 3.47% (full-set runs in
 * docs/models.md). Faces still missed get more context (70%) and then less (35%), costing time
 * only on photos that would otherwise have no face.
 *
 * Among several faces the largest is taken. Measured on the first 2,640 lfw-dev images: with 50%
 * padding one image had a second face, and the largest was also the one nearest the centre (the
 * data set's crops are centred on one face and a neighbour is cut off too far to be detected), so
 * a nearest-to-centre rule would change nothing there; registry photos must show exactly one face,
 * which the product checks elsewhere.
 */
const TIGHT_CROP_PADDINGS = [0.5, 0.7, 0.35] as const;
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
