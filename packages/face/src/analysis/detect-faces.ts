import type * as tfType from '@tensorflow/tfjs-core';
import type { Human } from '@vladmandic/human';
import type { RgbImage } from '../image/decode-image.ts';
import type { Point3 } from '../types.ts';

export type RawFace = { mesh: Point3[]; score: number };

/** Human's mesh model sees a 192 px crop; it scales x and y back to the image but not z. */
const MESH_INPUT = 192;

/** Runs detection + mesh + iris; returns every face with a full 478-point mesh, in image pixels. */
export async function detectRawFaces(human: Human, img: RgbImage): Promise<RawFace[]> {
  const tf = human.tf as typeof tfType;
  const input = tf.tensor3d(img.data, [img.height, img.width, 3], 'int32');
  try {
    const result = await human.detect(input);
    return result.face
      .filter((f) => f.mesh.length >= 478)
      .map((f) => {
        const zScale = f.box[2] / MESH_INPUT;
        return {
          mesh: f.mesh.map((p) => [p[0], p[1], (p[2] ?? 0) * zScale] as const),
          score: f.score,
        };
      });
  } finally {
    tf.dispose(input);
  }
}
