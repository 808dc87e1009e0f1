export * from './scan.ts';
export * from './overseas-rules.ts';
export * from './review.ts';
export * from './form-reference.ts';
