import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { rgbToI420, writeY4m, y4mHeader } from './y4m.ts';

const solid = (w: number, h: number, rgb: [number, number, number]): Uint8Array => {
  const out = new Uint8Array(w * h * 3);
  for (let i = 0; i < w * h; i++) out.set(rgb, i * 3);
  return out;
};

describe('y4m', () => {
  it('writes the header Chromium expects for a 4:2:0 fake camera', () => {
    expect(y4mHeader(640, 480, 15)).toBe('YUV4MPEG2 W640 H480 F15:1 Ip A1:1 C420jpeg\n');
  });

  it('converts to BT.601 limited range with quarter-size chroma planes', () => {
    const white = rgbToI420(solid(4, 2, [255, 255, 255]), 4, 2);
    expect(white.length).toBe(4 * 2 * 1.5);
    expect([...white.subarray(0, 8)]).toEqual(Array(8).fill(235));
    expect([...white.subarray(8)]).toEqual([128, 128, 128, 128]);
    const black = rgbToI420(solid(2, 2, [0, 0, 0]), 2, 2);
    expect([...black]).toEqual([16, 16, 16, 16, 128, 128]);
    const red = rgbToI420(solid(2, 2, [255, 0, 0]), 2, 2);
    expect(red[0]).toBe(81);
    expect(red[4]).toBe(90); // Cb
    expect(red[5]).toBe(240); // Cr
  });

  it('averages chroma over each 2x2 block', () => {
    const rgb = solid(2, 2, [0, 0, 0]);
    rgb.set([255, 0, 0], 0); // one red pixel among three black
    const yuv = rgbToI420(rgb, 2, 2);
    expect(yuv[5]).toBe(Math.round(128 + 112 / 4));
  });

  it('writes one FRAME block of W*H*1.5 bytes per frame', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synth-y4m-'));
    try {
      const jpeg = await sharp(solid(64, 48, [200, 100, 50]), {
        raw: { width: 64, height: 48, channels: 3 },
      })
        .jpeg()
        .toBuffer();
      const file = join(dir, 'v.y4m');
      await writeY4m(file, [{ image: jpeg }, { image: jpeg }, { image: jpeg }], { fps: 15 });
      const bytes = await readFile(file);
      const header = y4mHeader(64, 48, 15);
      expect(bytes.subarray(0, header.length).toString('latin1')).toBe(header);
      const frame = 'FRAME\n'.length + 64 * 48 * 1.5;
      expect(bytes.length).toBe(header.length + 3 * frame);
      expect(bytes.subarray(header.length + frame, header.length + frame + 6).toString()).toBe(
        'FRAME\n',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
