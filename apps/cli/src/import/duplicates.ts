import { rowError, type RowError } from './row-errors.ts';
import type { ValidRecord } from './validate-record.ts';

export type UniqueRecords = {
  records: ValidRecord[];
  /** Line of each record in `records`. */
  lines: number[];
  /** Identical repeats dropped without complaint. */
  merged: number;
  errors: RowError[];
};

export type DuplicateFilter = {
  add: (line: number, record: ValidRecord) => void;
  finish: () => UniqueRecords;
};

const sameData = (a: ValidRecord, b: ValidRecord): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps one record per ID number. An exact repeat (agency exports often list a person twice) is
 * merged; repeats that disagree are all rejected, because nothing says which one is right.
 */
export const duplicateFilter = (): DuplicateFilter => {
  const records: ValidRecord[] = [];
  const lines: number[] = [];
  const firstIndex = new Map<string, number>();
  // Lines of every later occurrence, kept only for numbers seen twice.
  const repeatLines = new Map<string, number[]>();
  const conflicting = new Set<string>();
  let merged = 0;

  const add = (line: number, record: ValidRecord) => {
    const key = record.row.idNumber;
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, records.length);
      records.push(record);
      lines.push(line);
      return;
    }
    const repeats = repeatLines.get(key) ?? [];
    repeats.push(line);
    repeatLines.set(key, repeats);
    if (!sameData(records[first]!, record)) conflicting.add(key);
  };

  const finish = (): UniqueRecords => {
    const errors: RowError[] = [];
    for (const key of conflicting) {
      const all = [lines[firstIndex.get(key)!]!, ...repeatLines.get(key)!];
      for (const line of all) errors.push(rowError(line, 'id_number', 'duplicate_conflicting'));
    }
    for (const [key, repeats] of repeatLines) if (!conflicting.has(key)) merged += repeats.length;
    if (conflicting.size === 0) return { records, lines, merged, errors };
    const keep = records.map((r) => !conflicting.has(r.row.idNumber));
    return {
      records: records.filter((_, i) => keep[i]),
      lines: lines.filter((_, i) => keep[i]),
      merged,
      errors,
    };
  };

  return { add, finish };
};
