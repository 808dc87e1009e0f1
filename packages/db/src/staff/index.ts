export * from './schema.ts';
export * from './staff-sessions.ts';
export * from './organisation-chain.ts';
export * from './scoped-pensioners.ts';
export * from './id-check-certification.ts';
export * from './assisted-face-schema.ts';
export * from './assisted-face-store.ts';
