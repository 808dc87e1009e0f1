// Deadlines are Shanghai wall-clock dates. China has used UTC+8 without daylight saving since
// 1991, so a fixed offset is exact and avoids loading time-zone data in hot loops.
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of 00:00:00.000 Shanghai time on `date` (YYYY-MM-DD), or null when not a real date. */
export const parseShanghaiDate = (date: string): number | null => {
  const match = ISO_DATE.exec(date);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const utc = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2018-02-30 over to March; a round trip through the parts catches it.
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return null;
  if (check.getUTCDate() !== day) return null;
  return utc - SHANGHAI_OFFSET_MS;
};

export const isIsoDate = (date: string): boolean => parseShanghaiDate(date) !== null;

/** Like parseShanghaiDate for dates already validated; a bad date is a programming error. */
export const shanghaiDayStart = (date: string): number => {
  const ms = parseShanghaiDate(date);
  if (ms === null) throw new RangeError(`not a calendar date: ${date}`);
  return ms;
};

/** The last millisecond of `date` in Shanghai: 23:59:59.999 +08:00. */
export const shanghaiDayEnd = (date: string): number => shanghaiDayStart(date) + DAY_MS - 1;

/** The Shanghai calendar date (YYYY-MM-DD) that contains the instant `epochMs`. */
export const shanghaiDate = (epochMs: number): string =>
  new Date(epochMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** ISO 8601 with the +08:00 offset, e.g. 2030-05-31T23:59:59.999+08:00. */
export const formatShanghai = (epochMs: number): string =>
  `${new Date(epochMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
