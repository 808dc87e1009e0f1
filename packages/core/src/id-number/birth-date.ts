const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Turns 'YYYYMMDD' into 'YYYY-MM-DD' when it is a real calendar date no earlier than 1900 and,
 * when `today` (YYYY-MM-DD) is given, not in the future. Returns null otherwise.
 */
export const parseCompactBirthDate = (compact: string, today?: string): string | null => {
  if (!/^\d{8}$/.test(compact)) return null;
  const year = Number(compact.slice(0, 4));
  const month = Number(compact.slice(4, 6));
  const day = Number(compact.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const iso = `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
  if (iso < EARLIEST_BIRTH_DATE) return null;
  if (today !== undefined && iso > today) return null;
  return iso;
};

const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
