import path from 'node:path';
import { csvLine, fileSink, UTF8_BOM } from './csv-writer.ts';
import type { ImportSummary } from './import-pensioner-file.ts';
import type { RowError } from './row-errors.ts';

/** The human summary for stderr: counts, then the first `maxErrors` errors in both languages. */
export const formatSummary = (s: ImportSummary, maxErrors = 20): string => {
  const out: string[] = [];
  out.push(
    `Read ${s.rows} rows (${s.encoding}): ${s.accepted} valid, ${s.rejected} rejected` +
      `${s.merged > 0 ? `, ${s.merged} identical duplicates merged` : ''}.`,
    `读取 ${s.rows} 行（编码 ${s.encoding}）：有效 ${s.accepted} 行，拒绝 ${s.rejected} 行` +
      `${s.merged > 0 ? `，合并完全相同的重复行 ${s.merged} 行` : ''}。`,
  );
  if (s.dryRun) {
    out.push('Dry run: nothing was written. / 试运行：未写入数据库。');
  } else {
    out.push(
      `Database: ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged.`,
      `数据库：新增 ${s.inserted} 人，更新 ${s.updated} 人，无变化 ${s.unchanged} 人。`,
    );
  }
  if (s.unknownEmployer > 0) {
    out.push(
      `${s.unknownEmployer} rows name an employer code that is not registered; imported without employer.`,
      `${s.unknownEmployer} 行的单位编号未登记，已导入但未关联原单位。`,
    );
  }
  if (s.ignoredColumns.length > 0) {
    out.push(`Ignored columns / 已忽略的列: ${s.ignoredColumns.join(', ')}`);
  }
  if (s.errors.length > 0) {
    const shown = s.errors.slice(0, maxErrors);
    out.push(
      `Errors (${shown.length} of ${s.errors.length}) / 错误（共 ${s.errors.length} 条，显示 ${shown.length} 条）:`,
      ...shown.map(
        (e) =>
          `  line ${e.line} 第 ${e.line} 行, ${e.field}: ${e.code} — ${e.message['zh-CN']} / ${e.message.en}`,
      ),
    );
    if (s.errors.length > shown.length) {
      out.push(
        '  ... use --report FILE.csv or FILE.json for every error / 完整错误清单请用 --report',
      );
    }
  }
  return `${out.join('\n')}\n`;
};

export const REPORT_COLUMNS = ['line', 'field', 'code', 'message_zh', 'message_en'] as const;

/** Every row error, as CSV (UTF-8 with BOM, for Excel) or JSON, chosen by the file's extension. */
export const writeErrorReport = (file: string, errors: readonly RowError[]) =>
  writeReport(file, REPORT_COLUMNS, errors, (e) => [
    e.line,
    e.field,
    e.code,
    e.message['zh-CN'],
    e.message.en,
  ]);

/** Checked before a long import starts, not after it has finished. */
export const reportFormat = (file: string): 'csv' | 'json' => {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.json') return ext === '.csv' ? 'csv' : 'json';
  throw new Error(`--report must end in .csv or .json: ${file}`);
};

export const writeReport = async <T>(
  file: string,
  columns: readonly string[],
  items: readonly T[],
  toFields: (item: T) => (string | number)[],
) => {
  const ext = `.${reportFormat(file)}`;
  const sink = fileSink(file);
  try {
    if (ext === '.csv') {
      await sink.write(UTF8_BOM + csvLine(columns));
      for (const item of items) await sink.write(csvLine(toFields(item)));
    } else {
      await sink.write('[\n');
      for (let i = 0; i < items.length; i++) {
        await sink.write(`  ${JSON.stringify(items[i])}${i < items.length - 1 ? ',' : ''}\n`);
      }
      await sink.write(']\n');
    }
  } finally {
    await sink.close();
  }
};
