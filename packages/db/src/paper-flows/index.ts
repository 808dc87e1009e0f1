export * from './schema.ts';
export * from './paper-proofs-repo.ts';
