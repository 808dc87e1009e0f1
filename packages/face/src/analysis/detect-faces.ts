import type * as tfType from '@tensorflow/tfjs-core';
import type { Human } from '@vladmandic/human';
import type { RgbImage } from '../image/decode-image.ts';
import type { Point3 } from '../types.ts';

export type RawFace = { mesh: Point3[]; score: number };

/** Human's mesh model sees a 192 px crop; it scales x and y back to the image but not z. */
const MESH_INPUT = 192;

/**
 * `detect` runs the face detector on the whole frame. `track` skips it and places the mesh on the
 * boxes Human derived from the previous frame's meshes (in this thread), as MediaPipe does on
 * video: the detector is about half of a frame's cost. Only the caller knows whether the previous
 * frame belongs to the same recording, so every call states its mode: Human merges a call's config
 * into its own for good, and a stale setting would leak into the next call.
 */
export type DetectMode = 'detect' | 'track';

const MODE_CONFIG = {
  // cacheSensitivity 0 makes Human's frame-difference check say "changed", so nothing is reused.
  detect: { cacheSensitivity: 0, face: { detector: { skipFrames: 0, skipTime: 0 } } },
  // Any difference counts as "unchanged", and the boxes never expire by count or time.
  track: {
    cacheSensitivity: Number.MAX_VALUE,
    face: { detector: { skipFrames: Number.MAX_SAFE_INTEGER, skipTime: Number.MAX_SAFE_INTEGER } },
  },
} satisfies Record<DetectMode, unknown>;

/** Runs detection + mesh + iris; returns every face with a full 478-point mesh, in image pixels. */
export async function detectRawFaces(
  human: Human,
  img: RgbImage,
  mode: DetectMode = 'detect',
): Promise<RawFace[]> {
  const tf = human.tf as typeof tfType;
  const input = tf.tensor3d(img.data, [img.height, img.width, 3], 'int32');
  try {
    const result = await human.detect(input, MODE_CONFIG[mode]);
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
