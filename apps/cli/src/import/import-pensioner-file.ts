import path from 'node:path';
import type { PensionerRules } from '@lifecert/core';
import { importPensioners, vacuumAfterImport, type AuditEntry, type Database } from '@lifecert/db';
import type { Kysely } from 'kysely';
import { mapHeader, toRecord } from './csv-columns.ts';
import { duplicateFilter } from './duplicates.ts';
import { findEmployers } from './employers.ts';
import type { CodeNames } from './profile-names.ts';
import { readCsvRecords } from './read-csv-records.ts';
import { rowError, type RowError } from './row-errors.ts';
import { scanFile, type FileEncoding } from './scan-file.ts';
import { validateRecord } from './validate-record.ts';

export type ImportPensionerFileOptions = {
  rules: PensionerRules;
  /** District and bank names accepted in place of their codes. */
  names?: CodeNames;
  actor: AuditEntry['actor'];
  /** Who ran the import (an OS account name), recorded in the audit entry. */
  operator?: string;
  /** Skip detection and decode as this. */
  encoding?: FileEncoding;
  /** Validate and report only; the database is not written. */
  dryRun?: boolean;
  batchSize?: number;
  /** Called while reading with raw bytes read so far, the file size and data rows so far. */
  onRead?: (bytesRead: number, totalBytes: number, rows: number) => void;
  /** Called once reading is done, before the database transaction starts. */
  onWriting?: (rows: number) => void;
};

export type ImportSummary = {
  encoding: FileEncoding;
  dryRun: boolean;
  /** Data rows in the file (the header not counted). */
  rows: number;
  /** Distinct lines with at least one error. */
  rejected: number;
  /** Identical repeats of an ID number, merged into one. */
  merged: number;
  /** Rows passed to the database (or that would be, in a dry run). */
  accepted: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Accepted rows naming an employer code that is not a registered employer. */
  unknownEmployer: number;
  /** Header cells that are not a known column; their values are ignored. */
  ignoredColumns: string[];
  /** Every row error, ordered by line. */
  errors: RowError[];
};

/** The file cannot be imported at all (no header, missing columns, broken CSV). */
export class UnusableInputError extends Error {
  override name = 'UnusableInputError';
}

const trailingEmpty = (fields: readonly string[], from: number) =>
  fields.slice(from).every((f) => f.trim() === '');

/**
 * Reads, validates and imports a pensioner CSV. Valid rows go to the database in one
 * transaction (importPensioners), so a crash leaves it as it was and a re-run changes nothing;
 * invalid rows are reported, never imported.
 */
export const importPensionerFile = async (
  db: Kysely<Database>,
  file: string,
  opts: ImportPensionerFileOptions,
): Promise<ImportSummary> => {
  const scan = await scanFile(file);
  const encoding = opts.encoding ?? scan.encoding;
  const errors: RowError[] = [];
  const duplicates = duplicateFilter();
  let header: ReturnType<typeof mapHeader> | undefined;
  let width = 0;
  let rows = 0;
  let bytesRead = 0;
  const onBytes = (n: number) => {
    bytesRead = n;
  };

  for await (const { line, fields } of readCsvRecords(file, encoding, onBytes)) {
    if (header === undefined) {
      header = mapHeader(fields);
      width = fields.length;
      if (header.missing.length > 0 || header.repeated.length > 0) {
        throw new UnusableInputError(describeHeaderProblem(header));
      }
      continue;
    }
    rows++;
    if (opts.onRead && rows % 1000 === 0) opts.onRead(bytesRead, scan.bytes, rows);
    if (fields.length < width || (fields.length > width && !trailingEmpty(fields, width))) {
      errors.push(rowError(line, '*', 'column_count'));
      continue;
    }
    const result = validateRecord(toRecord(header.positions, fields), line, opts.rules, opts.names);
    if (result.ok) duplicates.add(line, result.value);
    else errors.push(...result.errors);
  }
  if (header === undefined) {
    throw new UnusableInputError('the file is empty: no header line / 文件为空，没有表头行');
  }
  opts.onRead?.(scan.bytes, scan.bytes, rows);

  const unique = duplicates.finish();
  // Not push(...): a file of many conflicting duplicates would overflow the argument limit.
  for (const e of unique.errors) errors.push(e);
  // Stable sort: the errors of one line keep the validator's field order.
  errors.sort((a, b) => a.line - b.line);

  const employerCodes = unique.records.flatMap((r) => (r.employerCode ? [r.employerCode] : []));
  const employers = await findEmployers(db, employerCodes);
  let unknownEmployer = 0;
  const importRows = unique.records.map(({ row, employerCode }) => {
    if (employerCode === null) return row;
    const orgId = employers.get(employerCode);
    if (orgId === undefined) unknownEmployer++;
    return orgId === undefined ? row : { ...row, employerOrgId: orgId };
  });

  const summary: ImportSummary = {
    encoding,
    dryRun: opts.dryRun ?? false,
    rows,
    rejected: new Set(errors.map((e) => e.line)).size,
    merged: unique.merged,
    accepted: importRows.length,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    unknownEmployer,
    ignoredColumns: header.unknown,
    errors,
  };
  if (summary.dryRun || importRows.length === 0) return summary;

  opts.onWriting?.(importRows.length);
  const result = await importPensioners(db, importRows, {
    actor: opts.actor,
    channel: 'cli',
    // Named by file name and content hash: the audit log must never hold the rows themselves.
    source: {
      file: path.basename(file),
      sha256: scan.sha256,
      encoding,
      ...(opts.operator ? { operator: opts.operator } : {}),
    },
    ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
  });
  // A bulk load leaves the visibility map and statistics stale; the status export's index-only
  // scans need them fresh. Small imports leave it to autovacuum.
  if (result.inserted + result.updated >= VACUUM_AFTER_ROWS) await vacuumAfterImport(db);
  return { ...summary, ...result };
};

const VACUUM_AFTER_ROWS = 10_000;

const describeHeaderProblem = (h: ReturnType<typeof mapHeader>): string => {
  const parts: string[] = [];
  if (h.missing.length > 0) {
    parts.push(`missing required columns / 缺少必填列: ${h.missing.join(', ')}`);
  }
  if (h.repeated.length > 0) {
    parts.push(`columns given more than once / 列重复: ${h.repeated.join(', ')}`);
  }
  return `${parts.join('; ')} (see docs/csv-format.md)`;
};

/** 0: every row imported; 2: some rows rejected, the rest imported; 1: nothing importable. */
export const importExitCode = (s: ImportSummary): 0 | 1 | 2 => {
  if (s.accepted === 0) return s.rows === 0 && s.errors.length === 0 ? 0 : 1;
  return s.errors.length > 0 ? 2 : 0;
};
