export * from './purge.ts';
