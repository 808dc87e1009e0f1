import { SHANGHAI_OFFSET_MS } from '../shanghai-time.ts';

// Benefits are paid by calendar month in Shanghai, so arrears and overpayments count months,
// never days. A month index is year * 12 + month (0-based): differences are month counts.

/** The Shanghai calendar month containing `epochMs`, as a month index. */
export const monthIndexAt = (epochMs: number): number => {
  const d = new Date(epochMs + SHANGHAI_OFFSET_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/** Month index of a YYYY-MM-DD date (validated by the caller). */
export const monthIndexOf = (isoDate: string): number =>
  Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;

/** First day of the month, YYYY-MM-01. */
export const monthStart = (monthIndex: number): string =>
  `${String(Math.floor(monthIndex / 12)).padStart(4, '0')}-${String((monthIndex % 12) + 1).padStart(2, '0')}-01`;
