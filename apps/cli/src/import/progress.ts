export type Progress = {
  /** Call as often as you like; it decides itself when a line is worth printing. */
  update: (done: number, rows: number) => void;
  finish: (rows: number) => void;
};

export type ProgressOptions = {
  total: number;
  write: (line: string) => void;
  label: string;
  /** What `done` counts: bytes of a file (default) or files. */
  unit?: 'bytes' | 'files';
  /** Print at least every this many ms while running. */
  intervalMs?: number;
  /** ...and at every step of this fraction of the total. */
  step?: number;
  now?: () => number;
};

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

/** Progress of a long job on stderr: every 5 % or every 2 s, whichever comes first. */
export const createProgress = (opts: ProgressOptions): Progress => {
  const now = opts.now ?? Date.now;
  const intervalMs = opts.intervalMs ?? 2000;
  const step = opts.step ?? 0.05;
  const started = now();
  let lastAt = started;
  let lastFraction = 0;
  const line = (done: number, rows: number) => {
    const fraction = opts.total > 0 ? Math.min(1, done / opts.total) : 1;
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = Math.round(rows / seconds);
    const amount =
      opts.unit === 'files'
        ? `${done} of ${opts.total} files`
        : `${mb(done)} of ${mb(opts.total)} MB, ${rows} rows, ${rate} rows/s`;
    opts.write(`${opts.label}: ${Math.floor(fraction * 100)}% (${amount})\n`);
    lastAt = now();
    lastFraction = fraction;
  };
  return {
    update: (done, rows) => {
      const fraction = opts.total > 0 ? done / opts.total : 1;
      if (fraction - lastFraction >= step || now() - lastAt >= intervalMs) line(done, rows);
    },
    finish: (rows) => line(opts.total, rows),
  };
};
