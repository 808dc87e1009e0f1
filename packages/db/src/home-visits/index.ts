export * from './schema.ts';
export * from './courier-scope.ts';
export * from './visit-read.ts';
export * from './visit-write.ts';
export * from './visit-onsite.ts';
