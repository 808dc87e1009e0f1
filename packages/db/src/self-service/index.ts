export * from './schema.ts';
export * from './self-service-store.ts';
export * from './login-repo.ts';
export * from './sessions-repo.ts';
export * from './certificate-photos-repo.ts';
export * from './reopen.ts';
