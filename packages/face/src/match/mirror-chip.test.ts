import { describe, expect, it } from 'vitest';
import { mirrorChip } from './face-chip.ts';

describe('mirrorChip', () => {
  it('mirrors each row left to right and keeps the colour order', () => {
    // 2x2 RGB: row 0 = red, green; row 1 = blue, white
    const chip = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]);
    expect([...mirrorChip(chip, 2)]).toEqual([0, 255, 0, 255, 0, 0, 255, 255, 255, 0, 0, 255]);
  });
  it('is its own inverse', () => {
    const chip = Uint8Array.from({ length: 5 * 5 * 3 }, (_, i) => (i * 37) % 256);
    expect(mirrorChip(mirrorChip(chip, 5), 5)).toEqual(chip);
  });
});
