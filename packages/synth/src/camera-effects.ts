// What a cheap front camera adds to the clean render: exposure and white balance that drift, light
// falling off across the frame, and sensor noise. Turns the Float32 render into 8-bit RGB.
import type { Rng } from './random.ts';

export type Exposure = {
  /** overall gain; 1 = as rendered */
  gain: number;
  /** per-channel white balance multipliers */
  balance: readonly [number, number, number];
  /** relative gain change from the left edge to the right edge */
  slope: number;
  /** standard deviation of the sensor noise, in 8-bit levels */
  noise: number;
};

export const CLEAN: Exposure = { gain: 1, balance: [1, 1, 1], slope: 0, noise: 0 };

const TABLE_BITS = 20;

/**
 * Gaussian noise is drawn once into a table; each frame reads it from a random offset, which is
 * much cheaper than fresh normals per pixel and just as uncorrelated to any detector.
 */
export function createNoiseSource(rng: Rng): { table: Float32Array; offset: () => number } {
  const table = new Float32Array(1 << TABLE_BITS);
  for (let i = 0; i < table.length; i++) table[i] = rng.gauss();
  return { table, offset: () => Math.floor(rng.next() * table.length) };
}

export function develop(
  color: Float32Array,
  width: number,
  height: number,
  e: Exposure,
  noise?: { table: Float32Array; offset: number },
): Uint8Array {
  const out = new Uint8Array(width * height * 3);
  const mask = (1 << TABLE_BITS) - 1;
  const table = noise?.table;
  let k = noise?.offset ?? 0;
  const [br, bg, bb] = e.balance;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const g = e.gain * (1 + e.slope * (x / width - 0.5));
      const i = (y * width + x) * 3;
      let r = color[i]! * g * br,
        gr = color[i + 1]! * g * bg,
        b = color[i + 2]! * g * bb;
      if (table) {
        r += e.noise * table[k++ & mask]!;
        gr += e.noise * table[k++ & mask]!;
        b += e.noise * table[k++ & mask]!;
      }
      out[i] = r < 0 ? 0 : r > 255 ? 255 : r + 0.5;
      out[i + 1] = gr < 0 ? 0 : gr > 255 ? 255 : gr + 0.5;
      out[i + 2] = b < 0 ? 0 : b > 255 ? 255 : b + 0.5;
    }
  }
  return out;
}
