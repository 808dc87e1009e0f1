export * from './fields.ts';
export * from './documents.ts';
