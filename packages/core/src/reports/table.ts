import type { LocalizedText } from '../localized-text.ts';

export type CellType = 'text' | 'integer' | 'rate';

export type TableColumn = { key: string; header: LocalizedText; type: CellType };

export type Cell = string | number | null;

/** A report or list as exports write it: headers in both languages, typed columns. */
export type ReportTable = {
  /** short machine name, used for file and sheet names */
  name: string;
  title: LocalizedText;
  columns: readonly TableColumn[];
  rows: readonly Readonly<Record<string, Cell>>[];
};

export const col = (key: string, zh: string, en: string, type: CellType = 'text'): TableColumn => ({
  key,
  header: { 'zh-CN': zh, en },
  type,
});
