import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from './csv-writer.ts';
import type { ImportSummary } from './import-pensioner-file.ts';
import { formatSummary, reportFormat, writeErrorReport } from './import-report.ts';
import { rowError } from './row-errors.ts';

const summary = (errors: ImportSummary['errors']): ImportSummary => ({
  encoding: 'gbk',
  dryRun: false,
  rows: 30,
  rejected: errors.length,
  merged: 0,
  accepted: 30 - errors.length,
  inserted: 25,
  updated: 0,
  unchanged: 30 - errors.length - 25,
  unknownEmployer: 0,
  ignoredColumns: ['备注'],
  errors,
});

describe('import reports', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecert-report-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('quotes CSV fields only when they need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('writes every error to a CSV that Excel and csv-parse read back', async () => {
    const errors = Array.from({ length: 25 }, (_, i) => rowError(i + 2, 'name', 'field_required'));
    const file = path.join(dir, 'r.csv');
    await writeErrorReport(file, errors);
    const rows = parse<Record<string, string>>(await readFile(file, 'utf8'), {
      columns: true,
      bom: true,
    });
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual({
      line: '2',
      field: 'name',
      code: 'field_required',
      message_zh: '请填写此项。',
      message_en: 'This field is required.',
    });
  });

  it('shows the first errors on stderr and says where the rest are', () => {
    const errors = Array.from({ length: 25 }, (_, i) => rowError(i + 2, 'name', 'field_required'));
    const text = formatSummary(summary(errors), 20);
    expect(text).toContain('Read 30 rows (gbk): 5 valid, 25 rejected');
    expect(text.match(/^ {2}line \d+/gm)).toHaveLength(20);
    expect(text).toContain('--report');
    expect(text).toContain('备注');
    expect(formatSummary(summary([]))).not.toContain('Errors');
  });

  it('accepts only .csv and .json report names', () => {
    expect(reportFormat('x/errors.JSON')).toBe('json');
    expect(() => reportFormat('errors.txt')).toThrow(/\.csv or \.json/);
  });
});
