import type { FaceObservation, FrameQuality } from '../types.ts';

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

/**
 * How much to trust a frame for matching, 0..1: frontal, sharp, well exposed and large faces score
 * high. Each factor falls off where the matcher's accuracy is known to fall off; they multiply
 * so any one bad factor makes a bad frame.
 */
export function embeddingQuality(face: FaceObservation, q: FrameQuality): number {
  const pose = clamp01(1 - (Math.hypot(face.pose.yaw, face.pose.pitch) / 45) ** 2);
  // Laplacian variance on the 128 px face: below ~50 is visibly soft, above ~300 is crisp.
  const sharp = clamp01((q.sharpness - 20) / 280);
  // Mid-grey faces are ideal; very dark or blown-out faces lose texture.
  const light = clamp01(1 - Math.abs(q.brightness - 128) / 110);
  // A face narrower than 80 px has too little detail for a 150 px chip.
  const size = clamp01(face.box.width / 80);
  return pose * (0.3 + 0.7 * sharp) * (0.3 + 0.7 * light) * size;
}
