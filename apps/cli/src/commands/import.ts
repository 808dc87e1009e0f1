import os from 'node:os';
import { Option, type Command } from 'commander';
import { loadProfile, parseConfig, pensionerRulesFor } from '@lifecert/config';
import { shanghaiDate } from '@lifecert/core';
import { withDatabase } from '../context.ts';
import {
  importExitCode,
  importPensionerFile,
  UnusableInputError,
} from '../import/import-pensioner-file.ts';
import { formatSummary, reportFormat, writeErrorReport } from '../import/import-report.ts';
import { codeNamesOf } from '../import/profile-names.ts';
import { createProgress, type Progress } from '../import/progress.ts';
import { CsvFormatError } from '../import/read-csv-records.ts';
import { ENCODINGS, type FileEncoding } from '../import/scan-file.ts';
import { importPhotoDir, photoExitCode } from '../import/photos/import-photo-dir.ts';
import { formatPhotoSummary, writePhotoReport } from '../import/photos/photo-report.ts';

type PensionersOptions = {
  encoding?: FileEncoding;
  dryRun?: boolean;
  report?: string;
  progress?: boolean;
  profile?: string;
  maxErrors: string;
};

const write = (text: string) => process.stderr.write(text);

export function registerImport(program: Command) {
  const group = program.command('import').description('Load registry data from files');
  group
    .command('pensioners')
    .description(
      'Validate a pensioner CSV (UTF-8 or GBK, see docs/csv-format.md) and upsert its valid rows ' +
        'by ID number in one transaction. Exit code 0: all rows imported; 2: some rows rejected, ' +
        'the rest imported; 1: nothing imported.',
    )
    .argument('<file>', 'CSV file')
    .addOption(new Option('--encoding <name>', 'skip detection').choices(ENCODINGS))
    .option('--dry-run', 'validate and report only; write nothing')
    .option('--report <file>', 'write every row error to FILE.csv or FILE.json')
    .option('--progress', 'print progress even when stderr is not a terminal')
    .option('--profile <file>', 'jurisdiction profile (default: PROFILE, else Luoyang 2018)')
    .option('--max-errors <n>', 'errors shown on stderr', '20')
    .action(async (file: string, opts: PensionersOptions) => {
      process.exitCode = await importPensionersCommand(file, opts);
    });
  group
    .command('photos')
    .description(
      'Store <ID number>.jpg|.jpeg|.png files of a folder as reference photos (PNG is converted ' +
        'to JPEG). Exit code 0: all stored; 2: some files not imported; 1: none imported.',
    )
    .argument('<dir>', 'folder of photos')
    .option('--dry-run', 'check files and pensioners only; write nothing')
    .option(
      '--report <file>',
      'write every file not imported (name masked) to FILE.csv or FILE.json',
    )
    .option('--progress', 'print progress even when stderr is not a terminal')
    .option('--max-errors <n>', 'files not imported shown on stderr', '20')
    .action(async (dir: string, opts: Omit<PensionersOptions, 'encoding' | 'profile'>) => {
      if (opts.report) reportFormat(opts.report);
      const showProgress = opts.progress === true || process.stderr.isTTY;
      let progress: Progress | undefined;
      const summary = await withDatabase(({ db }) =>
        importPhotoDir(db, dir, {
          actor: { kind: 'system', id: 'import-photos' },
          operator: os.userInfo().username,
          dryRun: opts.dryRun === true,
          onFile: (done, total) => {
            if (!showProgress) return;
            progress ??= createProgress({ total, write, label: 'photos / 照片', unit: 'files' });
            if (done === total) progress.finish(done);
            else progress.update(done, done);
          },
        }),
      );
      write(formatPhotoSummary(summary, Number(opts.maxErrors) || 20));
      if (opts.report) await writePhotoReport(opts.report, summary.problems);
      process.exitCode = photoExitCode(summary);
    });
}

const importPensionersCommand = async (file: string, opts: PensionersOptions) => {
  if (opts.report) reportFormat(opts.report);
  const profile = await loadProfile(opts.profile ?? parseConfig(process.env).profilePath);
  const rules = pensionerRulesFor(profile, shanghaiDate(Date.now()));
  const showProgress = opts.progress === true || process.stderr.isTTY;
  let reading: Progress | undefined;
  try {
    const summary = await withDatabase(({ db }) =>
      importPensionerFile(db, file, {
        rules,
        names: codeNamesOf(profile),
        actor: { kind: 'system', id: 'import-pensioners' },
        operator: os.userInfo().username,
        ...(opts.encoding ? { encoding: opts.encoding } : {}),
        dryRun: opts.dryRun === true,
        onRead: (bytes, total, rows) => {
          if (!showProgress) return;
          reading ??= createProgress({ total, write, label: 'reading / 读取' });
          reading.update(bytes, rows);
        },
        onWriting: (rows) => {
          reading?.finish(rows);
          if (showProgress) write(`writing ${rows} rows in one transaction / 写入数据库…\n`);
        },
      }),
    );
    write(formatSummary(summary, Number(opts.maxErrors) || 20));
    if (opts.report) {
      await writeErrorReport(opts.report, summary.errors);
      write(`Report / 报告: ${opts.report}\n`);
    }
    return importExitCode(summary);
  } catch (e) {
    if (e instanceof UnusableInputError || e instanceof CsvFormatError) {
      write(`Nothing imported / 未导入任何数据: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
};
