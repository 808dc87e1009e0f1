import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Excel opens UTF-8 CSV correctly only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 quoting: only fields that need it. */
export const csvField = (value: string | number | null): string => {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export const csvLine = (fields: readonly (string | number | null)[]): string =>
  `${fields.map(csvField).join(',')}\r\n`;

export type LineSink = {
  write: (text: string) => Promise<void>;
  close: () => Promise<void>;
};

/** Writes with back-pressure, so a million lines never pile up in memory. */
export const lineSink = (out: Writable, ownsStream: boolean): LineSink => {
  // An error between writes (disk full, bad path) surfaces at the next write or at close.
  let failure: Error | undefined;
  out.on('error', (e) => {
    failure = e;
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    write: async (text) => {
      check();
      if (!out.write(text)) await once(out, 'drain');
    },
    close: async () => {
      check();
      if (!ownsStream) return;
      out.end();
      if (!out.writableFinished) await once(out, 'finish');
      check();
    },
  };
};

/** Creates the file at the first write, so a command that fails early leaves no empty file. */
export const fileSink = (file: string): LineSink => {
  let inner: LineSink | undefined;
  const open = () => (inner ??= lineSink(createWriteStream(file), true));
  return {
    write: (text) => open().write(text),
    close: async () => {
      await inner?.close();
    },
  };
};
