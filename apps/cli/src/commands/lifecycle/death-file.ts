import { isIsoDate, parseIdNumber } from '@lifecert/core';
import type { DeathRow } from '@lifecert/db';
import { readCsvRecords } from '../../import/read-csv-records.ts';
import { scanFile } from '../../import/scan-file.ts';

const ID_HEADERS = ['id_number', '身份证号码', '身份证号', '公民身份号码', '证件号码'];
const DATE_HEADERS = ['date_of_death', '死亡日期'];

export type DeathFile = {
  rows: DeathRow[];
  /** file line of each row in `rows`, to report matches by line */
  lines: number[];
  /** lines that could not be read, with the field at fault; never the values */
  rejected: { line: number; field: 'id_number' | 'date_of_death' }[];
  sha256: string;
};

/** 2018-08-20, 2018/8/20 or 20180820 -> 2018-08-20; null when not a real date. */
export const normaliseDate = (text: string): string | null => {
  const t = text.trim();
  const m = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$/.exec(t);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
};

/** Reads a death-registration CSV (UTF-8 or GBK) with a header row naming the two columns. */
export const readDeathFile = async (file: string): Promise<DeathFile> => {
  const scan = await scanFile(file);
  const out: DeathFile = { rows: [], lines: [], rejected: [], sha256: scan.sha256 };
  let idCol = -1;
  let dateCol = -1;
  for await (const record of readCsvRecords(file, scan.encoding)) {
    if (idCol < 0) {
      const headers = record.fields.map((f) => f.trim().toLowerCase());
      idCol = headers.findIndex((h) => ID_HEADERS.includes(h));
      dateCol = headers.findIndex((h) => DATE_HEADERS.includes(h));
      if (idCol < 0 || dateCol < 0) {
        throw new Error('the first row must name the columns id_number and date_of_death');
      }
      continue;
    }
    const id = parseIdNumber(record.fields[idCol] ?? '');
    const date = normaliseDate(record.fields[dateCol] ?? '');
    if (!id.ok) out.rejected.push({ line: record.line, field: 'id_number' });
    else if (date === null) out.rejected.push({ line: record.line, field: 'date_of_death' });
    else {
      out.rows.push({ idNumber: id.value.number, dateOfDeath: date });
      out.lines.push(record.line);
    }
  }
  return out;
};
