import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { FileEncoding } from './scan-file.ts';

export type CsvRecord = {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
};

/** The file is not CSV past some point; nothing after `line` can be trusted. */
export class CsvFormatError extends Error {
  override name = 'CsvFormatError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`not valid CSV from line ${line}: ${reason}`);
  }
}

const countNewlines = (fields: readonly string[]): number => {
  let n = 0;
  for (const f of fields) {
    for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) n++;
  }
  return n;
};

/**
 * Streams records with their line numbers: decoding and parsing happen chunk by chunk, so a file
 * of a million rows is never held in memory as text. `onBytes` reports raw bytes read, for
 * progress.
 */
export async function* readCsvRecords(
  path: string,
  encoding: FileEncoding,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<CsvRecord> {
  const source = createReadStream(path, { highWaterMark: 1 << 20 });
  if (onBytes) source.on('data', () => onBytes(source.bytesRead));
  // GB 18030 is a superset of GBK: decoding as it keeps the rare characters of some names (in
  // CJK extension B and beyond) that a GBK decoder would garble, and changes nothing else.
  const decoder = iconv.decodeStream(encoding === 'gbk' ? 'gb18030' : encoding);
  const parser = source.pipe(decoder).pipe(
    parse({
      bom: true,
      // Row-level problems (a missing field) are reported per line by the caller, not fatal.
      relax_column_count: true,
      // A stray quote inside an unquoted field is common in hand-edited files and harmless.
      relax_quotes: true,
    }),
  );
  source.on('error', (e) => parser.destroy(e));
  // Lines are counted here rather than with the parser's `info` option, which copies an object
  // per record and costs a third of the parsing time. Blank lines (and spreadsheet rows of empty cells) are skipped.
  let line = 1;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      const start = line;
      line += 1 + countNewlines(fields);
      if (fields.every((f) => f.trim() === '')) continue;
      yield { line: start, fields };
    }
  } catch (e) {
    // The parser's message may quote the field (an ID number, say): pass on its code only.
    if (e instanceof Error && 'code' in e && String(e.code).startsWith('CSV_')) {
      throw new CsvFormatError(line, String(e.code));
    }
    throw e;
  } finally {
    source.destroy();
  }
}
