import type { Locale } from '../localized-text.ts';
import type { Cell, ReportTable } from './table.ts';

/** Excel opens a UTF-8 CSV as UTF-8 only when the file starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

// A text cell starting like a formula would run as one in a spreadsheet (CSV injection): a
// leading apostrophe keeps it text. Numbers are written as numbers and need no guard.
const FORMULA_START = /^[=+\-@\t\r]/;

const csvCell = (value: Cell, numeric: boolean): string => {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = !numeric && FORMULA_START.test(value) ? `'${value}` : value;
  if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
};

/** A whole table as CSV text: BOM, one header row in `lang`, CRLF line ends (RFC 4180). */
export const tableToCsv = (table: ReportTable, lang: Locale): string => {
  const lines = [table.columns.map((c) => csvCell(c.header[lang], false)).join(',')];
  for (const row of table.rows) {
    lines.push(table.columns.map((c) => csvCell(row[c.key] ?? null, c.type !== 'text')).join(','));
  }
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
};
