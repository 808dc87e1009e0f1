import { DOMAIN_ERRORS, type DomainErrorCode, type LocalizedText } from '@lifecert/core';

// Failures that only exist when reading a file, next to the domain's own codes. Kept here rather
// than in core because no form or API can produce them.
export const IMPORT_ERRORS = {
  duplicate_conflicting: {
    reason: 'Several rows carry the same ID number with different data; none of them is imported.',
    message: {
      'zh-CN': '同一证件号码在文件中出现多次且内容不一致，相关各行均未导入。',
      en: 'The same ID number appears on several rows with different data; none of them was imported.',
    },
  },
  column_count: {
    reason:
      'The row has more or fewer fields than the header, so values cannot be matched to columns.',
    message: {
      'zh-CN': '该行的列数与表头不一致。',
      en: 'The row does not have the same number of fields as the header.',
    },
  },
} as const satisfies Record<string, { reason: string; message: LocalizedText }>;

export type ImportErrorCode = keyof typeof IMPORT_ERRORS;
export type RowErrorCode = DomainErrorCode | ImportErrorCode;

/** One problem with one field of one line; never carries the value itself (it may be an ID number). */
export type RowError = {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  /** CSV column name (English header), or '*' for the row as a whole. */
  field: string;
  code: RowErrorCode;
  message: LocalizedText;
};

const isImportCode = (code: RowErrorCode): code is ImportErrorCode =>
  Object.hasOwn(IMPORT_ERRORS, code);

export const rowError = (line: number, field: string, code: RowErrorCode): RowError => ({
  line,
  field,
  code,
  message: isImportCode(code) ? IMPORT_ERRORS[code].message : DOMAIN_ERRORS[code].message,
});
