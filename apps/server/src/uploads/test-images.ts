// Metadata as phones and scanners write it, built byte by byte so tests know exactly what is there.
import { crc32 } from 'node:zlib';
import { concat } from './jpeg-segments.ts';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A little-endian TIFF block: IFD0 with Orientation, Make and a GPS IFD (34°37'N 112°27'E). */
export function exifTiff(orientation: number, make = 'LifecertTestCam SN-0042'): Uint8Array {
  const makeBytes = ascii(`${make}\0`);
  const t = new DataView(new ArrayBuffer(200 + makeBytes.length));
  const ifd0 = 8;
  const gpsIfd = ifd0 + 2 + 3 * 12 + 4; // 50
  const lat = gpsIfd + 2 + 4 * 12 + 4; // 104
  const lon = lat + 24;
  const makeAt = lon + 24;
  t.setUint16(0, 0x4949);
  t.setUint16(2, 42, true);
  t.setUint32(4, ifd0, true);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    t.setUint16(at, tag, true);
    t.setUint16(at + 2, type, true);
    t.setUint32(at + 4, count, true);
    if (type === 3) t.setUint16(at + 8, value, true);
    else t.setUint32(at + 8, value, true);
  };
  t.setUint16(ifd0, 3, true);
  entry(ifd0 + 2, 0x010f, 2, makeBytes.length, makeAt); // Make
  entry(ifd0 + 14, 0x0112, 3, 1, orientation); // Orientation
  entry(ifd0 + 26, 0x8825, 4, 1, gpsIfd); // GPSInfo
  t.setUint16(gpsIfd, 4, true);
  entry(gpsIfd + 2, 0x0001, 2, 2, 0x4e); // "N"
  entry(gpsIfd + 14, 0x0002, 5, 3, lat);
  entry(gpsIfd + 26, 0x0003, 2, 2, 0x45); // "E"
  entry(gpsIfd + 38, 0x0004, 5, 3, lon);
  [34, 37, 0, 112, 27, 0].forEach((v, i) => {
    t.setUint32(lat + i * 8, v, true);
    t.setUint32(lat + i * 8 + 4, 1, true);
  });
  const out = new Uint8Array(t.buffer);
  out.set(makeBytes, makeAt);
  return out.subarray(0, makeAt + makeBytes.length);
}

const segment = (marker: number, data: Uint8Array): Uint8Array => {
  const head = Uint8Array.of(0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff);
  return concat([head, data]);
};

/**
 * The JPEG with, after SOI: a JFIF header carrying a 2x1 thumbnail, an EXIF block, a comment;
 * and bytes after EOI (as some phones append a second image).
 */
export function withJpegMetadata(jpeg: Uint8Array, orientation: number): Uint8Array {
  const jfif = concat([
    ascii('JFIF\0'),
    Uint8Array.of(1, 1, 0, 0, 72, 0, 72, 2, 1),
    new Uint8Array(6),
  ]);
  return concat([
    jpeg.subarray(0, 2),
    segment(0xe0, jfif),
    segment(0xe1, concat([ascii('Exif\0\0'), exifTiff(orientation)])),
    segment(0xfe, ascii('taken at 12 Zhongzhou Rd')),
    jpeg.subarray(2),
    ascii('TRAILER-AFTER-EOI'),
  ]);
}

const chunk = (type: string, data: Uint8Array): Uint8Array => {
  const body = concat([ascii(type), data]);
  const head = new DataView(new ArrayBuffer(4));
  head.setUint32(0, data.length);
  const crc = new DataView(new ArrayBuffer(4));
  crc.setUint32(0, crc32(body));
  return concat([new Uint8Array(head.buffer), body, new Uint8Array(crc.buffer)]);
};

/** The PNG with tEXt, tIME and eXIf chunks after IHDR (IHDR is always 25 bytes from byte 8). */
export function withPngMetadata(png: Uint8Array, orientation: number): Uint8Array {
  return concat([
    png.subarray(0, 33),
    chunk('tEXt', ascii('Comment\0scanned at 12 Zhongzhou Rd')),
    chunk('tIME', Uint8Array.of(0x07, 0xe2, 6, 1, 9, 30, 0)),
    chunk('eXIf', exifTiff(orientation)),
    png.subarray(33),
  ]);
}
