// Cleaning with real sharp on a real portrait (shared test set, skipped without it), and the real
// face engine on the result.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { judgePhoto } from '@lifecert/core';
import { createFaceEngine, type FaceEngine } from '@lifecert/face';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoAssessorOf } from '../face/photo-assessor.ts';
import { cleanImage, cleanScan } from './clean-image.ts';
import { jpegSegments, jpegOrientation, stripJpeg } from './jpeg-segments.ts';
import { pngChunks, pngOrientation } from './png-chunks.ts';
import { withJpegMetadata, withPngMetadata } from './test-images.ts';
import { jfifJpeg } from './test-jpeg.ts';

const faces = resolve(
  import.meta.dirname,
  '../../../../../shared/data/faces/face-recognition-examples',
);
const haveFaces = existsSync(faces);
if (!haveFaces) console.warn(`skipping: shared test data not found at ${faces}`);
const read = (name: string) => new Uint8Array(readFileSync(resolve(faces, name)));
const u8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const markers = (b: Uint8Array) => jpegSegments(b)!.map((s) => s.marker);

/** Mean absolute difference of two images' RGB pixels, 0-255; they must have the same size. */
async function pixelDistance(a: Uint8Array, b: Uint8Array): Promise<number> {
  const [x, y] = await Promise.all(
    [a, b].map((i) => sharp(i).removeAlpha().toColourspace('srgb').raw().toBuffer()),
  );
  expect(x!.length).toBe(y!.length);
  let sum = 0;
  for (let i = 0; i < x!.length; i++) sum += Math.abs(x![i]! - y![i]!);
  return sum / x!.length;
}

describe.skipIf(!haveFaces)('cleaning uploaded images', () => {
  let engine: FaceEngine;
  let upright: Uint8Array;
  let sideways: Uint8Array;
  beforeAll(async () => {
    engine = await createFaceEngine({ threads: 1 });
    upright = u8(await sharp(read('obama.jpg')).jpeg({ quality: 92 }).toBuffer());
    // Stored turned a quarter to the left, as a phone held upright writes it with orientation 6.
    sideways = withJpegMetadata(u8(await sharp(upright).rotate(270).toBuffer()), 6);
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  });

  it('bakes orientation 6 into the pixels and drops EXIF (GPS, device), comment and trailer', async () => {
    const before = await sharp(sideways).metadata();
    // The fixture is what libvips itself reads as EXIF with orientation 6 and GPS.
    expect(before).toMatchObject({ orientation: 6, width: 1137, height: 910 });
    expect(before.exif?.length).toBeGreaterThan(100);
    expect(markers(sideways)).toContain(0xe1);

    const clean = (await cleanImage(sideways, 'image/jpeg'))!;
    expect(markers(clean)).not.toContain(0xe1);
    expect(markers(clean)).not.toContain(0xfe);
    expect(markers(clean).every((m) => m < 0xe1 || m > 0xfe)).toBe(true);
    for (const gone of ['Exif', 'LifecertTestCam', 'Zhongzhou', 'TRAILER']) {
      expect(text(clean)).not.toContain(gone);
    }
    const after = await sharp(clean).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation ?? 1).toBe(1);
    expect([after.width, after.height]).toEqual([910, 1137]);
    // Upright again: close to the original pixels (only re-encoding noise), far from a mirror.
    expect(await pixelDistance(clean, upright)).toBeLessThan(4);
    expect(await pixelDistance(clean, u8(await sharp(upright).flop().toBuffer()))).toBeGreaterThan(
      10,
    );
  });

  it('the face engine still finds the one face in the cleaned photo', async () => {
    const clean = (await cleanImage(sideways, 'image/jpeg'))!;
    const verdict = judgePhoto(await photoAssessorOf(engine).assess(clean));
    expect(verdict).toMatchObject({ ok: true, measures: { faces: 1 } });
  }, 60_000);

  it('keeps the scan data of an upright JPEG as it is, without the metadata', async () => {
    const original = read('obama.jpg'); // a real file: EXIF, Photoshop, ICC, Adobe markers
    expect(markers(original)).toEqual(expect.arrayContaining([0xe1, 0xed, 0xe2]));
    const clean = (await cleanImage(original, 'image/jpeg'))!;
    expect(markers(clean)).toEqual([0xee, 0xdb, 0xc0, 0xdd, 0xc4, 0xda, 0xd9]);
    expect(clean.length).toBeLessThan(original.length);
    const scan = (b: Uint8Array) => jpegSegments(b)!.find((s) => s.marker === 0xda)!;
    const [a, b] = [scan(original), scan(clean)];
    expect(clean.subarray(b.start, b.end)).toEqual(original.subarray(a.start, a.end));
    expect(await pixelDistance(clean, original)).toBe(0);
  });

  it('keeps a JFIF header but not its thumbnail', async () => {
    const clean = (await cleanImage(withJpegMetadata(upright, 1), 'image/jpeg'))!;
    const app0 = jpegSegments(clean)!.find((s) => s.marker === 0xe0)!;
    expect(app0.end - app0.start).toBe(18);
    expect([...clean.subarray(app0.start + 16, app0.end)]).toEqual([0, 0]);
    expect(await pixelDistance(clean, upright)).toBe(0);
  });

  it('drops text, time and EXIF chunks from a PNG, baking in its orientation', async () => {
    const png = read('lin-manuel-miranda.png');
    const plain = (await cleanImage(withPngMetadata(png, 1), 'image/png'))!;
    const types = (b: Uint8Array) => pngChunks(b)!.map((c) => c.type);
    expect(types(withPngMetadata(png, 1))).toEqual(expect.arrayContaining(['tEXt', 'tIME']));
    expect(types(plain)).not.toEqual(expect.arrayContaining(['tEXt']));
    expect(
      types(plain).filter((t) => ['tEXt', 'tIME', 'eXIf', 'iTXt', 'zTXt'].includes(t)),
    ).toEqual([]);
    expect(text(plain)).not.toContain('Zhongzhou');
    expect(await pixelDistance(plain, png)).toBe(0);

    const turned = withPngMetadata(png, 6);
    expect(pngOrientation(turned)).toBe(6);
    const clean = (await cleanImage(turned, 'image/png'))!;
    const [m, c] = await Promise.all([sharp(png).metadata(), sharp(clean).metadata()]);
    expect([c.width, c.height]).toEqual([m.height, m.width]);
    expect(types(clean)).not.toContain('eXIf');
  });

  it('refuses what is not a whole image, and passes PDFs through', async () => {
    const jpeg = read('obama.jpg');
    expect(await cleanImage(jpeg.subarray(0, 400), 'image/jpeg')).toBeUndefined();
    expect(await cleanImage(read('alex-lacamoire.png'), 'image/jpeg')).toBeUndefined();
    expect(await cleanImage(jpeg, 'image/png')).toBeUndefined();
    const png = read('alex-lacamoire.png');
    expect(await cleanImage(png.subarray(0, png.length - 12), 'image/png')).toBeUndefined();
    // A picture that cannot be decoded (here 0x0 pixels) is refused when it has to be rotated.
    const broken = withJpegMetadata(upright, 6);
    const sof = jpegSegments(broken)!.find((s) => s.marker === 0xc0)!;
    broken.fill(0, sof.start + 5, sof.start + 9);
    expect(stripJpeg(broken)).toBeDefined();
    expect(await cleanImage(broken, 'image/jpeg')).toBeUndefined();
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    expect(await cleanScan(pdf, 'application/pdf')).toBe(pdf);
  });
});

describe('the route tests’ tiny JPEG', () => {
  it('is a whole JPEG that cleaning leaves as it is, its JFIF numbers included', async () => {
    const tiny = new Uint8Array(jfifJpeg(2, 7));
    expect(await sharp(tiny).metadata()).toMatchObject({ width: 8, height: 8, format: 'jpeg' });
    const clean = (await cleanImage(tiny, 'image/jpeg'))!;
    expect(Buffer.from(clean).equals(Buffer.from(tiny))).toBe(true);
    expect([clean[15], clean[17]]).toEqual([2, 7]);
  });
});

describe('JPEG segments without a decoder', () => {
  it('reads the orientation from the EXIF block only', () => {
    const minimal = Uint8Array.of(0xff, 0xd8, 0xff, 0xd9);
    expect(jpegOrientation(minimal)).toBe(1);
    // No frame or scan: nothing a decoder could show.
    expect(stripJpeg(minimal)).toBeUndefined();
    expect(stripJpeg(Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0x00))).toBeUndefined();
  });
});
