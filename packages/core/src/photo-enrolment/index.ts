export * from './ports.ts';
export * from './photo-problems.ts';
export * from './four-eyes.ts';
