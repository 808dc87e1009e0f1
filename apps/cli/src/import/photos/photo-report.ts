import { writeReport } from '../import-report.ts';
import type { PhotoImportSummary, PhotoProblem } from './import-photo-dir.ts';

export const formatPhotoSummary = (s: PhotoImportSummary, maxProblems = 20): string => {
  const stored = s.dryRun ? 'would be stored' : 'stored';
  const out = [
    `${s.files} files: ${s.imported} ${stored}, ${s.unchanged} already stored, ${s.problems.length} not imported.`,
    `共 ${s.files} 个文件：${s.dryRun ? '可导入' : '已导入'} ${s.imported} 个，已存在 ${s.unchanged} 个，未导入 ${s.problems.length} 个。`,
  ];
  if (s.dryRun) out.push('Dry run: nothing was written. / 试运行：未写入数据库。');
  const shown = s.problems.slice(0, maxProblems);
  out.push(...shown.map((p) => `  ${p.file}: ${p.code} — ${p.message['zh-CN']} / ${p.message.en}`));
  if (s.problems.length > shown.length) {
    out.push('  ... use --report FILE.csv or FILE.json for every file / 完整清单请用 --report');
  }
  return `${out.join('\n')}\n`;
};

export const writePhotoReport = (file: string, problems: readonly PhotoProblem[]) =>
  writeReport(file, ['file', 'code', 'message_zh', 'message_en'], problems, (p) => [
    p.file,
    p.code,
    p.message['zh-CN'],
    p.message.en,
  ]);
