export * from './document-types.ts';
export * from './check-digit.ts';
export * from './normalise.ts';
export * from './parse-id-number.ts';
export type { IdNumberError } from './id-number-error.ts';
export type { IdParseOptions } from './resident-id.ts';
