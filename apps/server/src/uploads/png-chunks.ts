// A PNG is a signature and a list of chunks; text (author, software, comments, often a camera or
// scanner's settings), EXIF and the modification time are not needed to show the picture.
import { concat, tiffOrientation } from './jpeg-segments.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Chunks that are dropped. */
export const PNG_METADATA_CHUNKS: ReadonlySet<string> = new Set([
  'tEXt',
  'iTXt',
  'zTXt',
  'eXIf',
  'tIME',
]);

export type PngChunk = { type: string; start: number; end: number; dataStart: number };

/** The chunks up to IEND; undefined when the bytes are not a PNG or a chunk runs past the end. */
export function pngChunks(b: Uint8Array): PngChunk[] | undefined {
  if (b.length < 8 || !SIGNATURE.every((x, i) => b[i] === x)) return undefined;
  const out: PngChunk[] = [];
  let pos = 8;
  while (pos + 12 <= b.length) {
    const length = ((b[pos]! << 24) | (b[pos + 1]! << 16) | (b[pos + 2]! << 8) | b[pos + 3]!) >>> 0;
    const type = String.fromCharCode(...b.subarray(pos + 4, pos + 8));
    const end = pos + 12 + length;
    if (end > b.length) return undefined;
    out.push({ type, start: pos, end, dataStart: pos + 8 });
    if (type === 'IEND') return out[0]?.type === 'IHDR' ? out : undefined;
    pos = end;
  }
  return undefined;
}

/** The EXIF orientation of an eXIf chunk (which browsers honour), or 1. */
export function pngOrientation(b: Uint8Array): number {
  const exif = pngChunks(b)?.find((c) => c.type === 'eXIf');
  return exif ? tiffOrientation(b.subarray(exif.dataStart, exif.end - 4)) : 1;
}

/** The PNG without metadata chunks or bytes after IEND; undefined when it is not a whole PNG. */
export function stripPng(b: Uint8Array): Uint8Array | undefined {
  const chunks = pngChunks(b);
  if (!chunks) return undefined;
  return concat([
    b.subarray(0, 8),
    ...chunks
      .filter((c) => !PNG_METADATA_CHUNKS.has(c.type))
      .map((c) => b.subarray(c.start, c.end)),
  ]);
}
