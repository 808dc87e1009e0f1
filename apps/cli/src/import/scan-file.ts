import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export const ENCODINGS = ['utf8', 'gbk'] as const;
export type FileEncoding = (typeof ENCODINGS)[number];

export type FileScan = {
  /** utf8 when every byte sequence is valid UTF-8 (a BOM is allowed), else gbk. */
  encoding: FileEncoding;
  sha256: string;
  bytes: number;
};

/**
 * One pass over the file: hashes it (the audit entry names the source by hash, not by content)
 * and decides the encoding. GBK text is almost never valid UTF-8, so validity is the test; the
 * whole file is checked because agency exports often start with pure-ASCII rows.
 */
export const scanFile = async (path: string): Promise<FileScan> => {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let utf8 = true;
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    if (utf8) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        utf8 = false;
      }
    }
  }
  if (utf8) {
    try {
      decoder.decode();
    } catch {
      // A multi-byte sequence cut off at the end of the file.
      utf8 = false;
    }
  }
  return { encoding: utf8 ? 'utf8' : 'gbk', sha256: hash.digest('hex'), bytes };
};
