// A JPEG is a list of marker segments; only some of them are needed to decode the picture. The
// rest (EXIF with GPS and the device serial, XMP, ICC, maker notes, thumbnails, comments, data
// appended after the end marker) is personal data we do not need, so it is not kept.

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP14 = 0xee;

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const JFIF = ascii('JFIF\0');
const EXIF = ascii('Exif\0\0');
const ADOBE = ascii('Adobe');

const hasPrefix = (b: Uint8Array, at: number, prefix: readonly number[]): boolean =>
  prefix.every((x, i) => b[at + i] === x);

/** Frame headers (SOF0-15 except the reserved C8), DHT (C4) and DAC (CC) all sit in C0-CF. */
const isFrameOrTable = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc8;
const isFrame = (m: number): boolean => isFrameOrTable(m) && m !== 0xc4 && m !== 0xcc;
/** DQT, DNL, DRI (and the hierarchical DHP, EXP): decoding state, no content. */
const isDecodingState = (m: number): boolean => m >= 0xdb && m <= 0xdf;
const isStandalone = (m: number): boolean => m === 0x01 || (m >= 0xd0 && m <= 0xd7);

export type JpegSegment = { marker: number; start: number; end: number };

/**
 * The marker segments of a JPEG up to its end marker, each entropy-coded scan included in its
 * SOS segment; undefined when the bytes are not a JPEG or a segment runs past the end. Bytes
 * between segments that are not a marker are skipped, as libjpeg does; a scan cut short (a camera
 * that never wrote EOI) ends the list.
 */
export function jpegSegments(b: Uint8Array): JpegSegment[] | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== SOI) return undefined;
  const out: JpegSegment[] = [];
  let pos = 2;
  while (pos < b.length) {
    if (b[pos] !== 0xff) {
      pos++;
      continue;
    }
    while (b[pos + 1] === 0xff) pos++; // fill bytes before a marker
    const marker = b[pos + 1];
    if (marker === undefined) break;
    if (marker === EOI) {
      out.push({ marker, start: pos, end: pos + 2 });
      return out;
    }
    if (marker === SOI) return undefined;
    if (isStandalone(marker)) {
      pos += 2;
      continue;
    }
    if (pos + 4 > b.length) return undefined;
    const length = (b[pos + 2]! << 8) | b[pos + 3]!;
    let end = pos + 2 + length;
    if (length < 2 || end > b.length) return undefined;
    if (marker === SOS) end = scanEnd(b, end);
    out.push({ marker, start: pos, end });
    pos = end;
  }
  return out;
}

/** Where the entropy-coded data after an SOS header ends: at the next real marker. */
function scanEnd(b: Uint8Array, from: number): number {
  let i = from;
  while (i < b.length) {
    if (b[i] !== 0xff) {
      i++;
      continue;
    }
    const next = b[i + 1];
    if (next === undefined) return b.length;
    // A stuffed zero byte or a restart marker belongs to the scan.
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i += 2;
    else if (next === 0xff) i++;
    else return i;
  }
  return i;
}

/** The EXIF orientation tag (1-8) carried in an APP1 "Exif" segment, or 1 when there is none. */
export function jpegOrientation(b: Uint8Array): number {
  for (const s of jpegSegments(b) ?? []) {
    if (s.marker === SOS) break;
    if (s.marker === APP1 && hasPrefix(b, s.start + 4, EXIF)) {
      return tiffOrientation(b.subarray(s.start + 4 + EXIF.length, s.end));
    }
  }
  return 1;
}

/** The Orientation tag (0x0112) of IFD0 in a TIFF structure (EXIF), or 1 when absent or odd. */
export function tiffOrientation(t: Uint8Array): number {
  if (t.length < 8) return 1;
  const little = t[0] === 0x49 && t[1] === 0x49;
  if (!little && !(t[0] === 0x4d && t[1] === 0x4d)) return 1;
  const u16 = (at: number): number =>
    at + 2 > t.length ? -1 : little ? t[at]! | (t[at + 1]! << 8) : (t[at]! << 8) | t[at + 1]!;
  const u32 = (at: number): number =>
    at + 4 > t.length ? -1 : little ? u16(at) + u16(at + 2) * 65536 : u16(at) * 65536 + u16(at + 2);
  if (u16(2) !== 42) return 1;
  const ifd = u32(4);
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (u16(entry) !== 0x0112) continue;
    const value = u16(entry + 2) === 3 ? u16(entry + 8) : -1;
    return value >= 1 && value <= 8 ? value : 1;
  }
  return 1;
}

/**
 * The JPEG with only what a decoder needs: SOI, the JFIF header (without its thumbnail), the
 * Adobe colour-transform marker (12 bytes that say whether three channels are RGB or YCbCr, so
 * dropping it would change the colours of some scanners' files), quantisation and Huffman
 * tables, frame and scan headers with their data, restart intervals, EOI. Undefined when the
 * bytes are not a JPEG with a frame and a scan.
 */
export function stripJpeg(b: Uint8Array): Uint8Array | undefined {
  const segments = jpegSegments(b);
  if (!segments?.some((s) => isFrame(s.marker)) || !segments.some((s) => s.marker === SOS)) {
    return undefined;
  }
  const parts: Uint8Array[] = [Uint8Array.of(0xff, SOI)];
  let jfif = false;
  for (const s of segments) {
    const m = s.marker;
    if (m === APP0 && !jfif && hasPrefix(b, s.start + 4, JFIF) && s.end - s.start >= 18) {
      jfif = true;
      parts.push(jfifWithoutThumbnail(b.subarray(s.start, s.start + 18)));
    } else if (m === APP14 && s.end - s.start === 16 && hasPrefix(b, s.start + 4, ADOBE)) {
      parts.push(b.subarray(s.start, s.end));
    } else if (isFrameOrTable(m) || isDecodingState(m) || m === SOS) {
      parts.push(b.subarray(s.start, s.end));
    }
  }
  parts.push(Uint8Array.of(0xff, EOI));
  return concat(parts);
}

/** The 16-byte JFIF header with the thumbnail size set to 0x0. */
function jfifWithoutThumbnail(header: Uint8Array): Uint8Array {
  const out = header.slice();
  out[2] = 0;
  out[3] = 16;
  out[16] = 0;
  out[17] = 0;
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
