export * from './contact-policy.ts';
export * from './csv.ts';
export * from './labels.ts';
export * from './progress.ts';
export * from './report-tables.ts';
export * from './table.ts';
export * from './xlsx-parts.ts';
