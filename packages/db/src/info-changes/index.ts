export * from './schema.ts';
export * from './columns.ts';
export * from './request-change.ts';
export * from './decide-change.ts';
export * from './change-queries.ts';
