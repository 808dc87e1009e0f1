export * from './profile-schema.ts';
export * from './load-profile.ts';
export * from './profile-rules.ts';
export * from './profile-organisations.ts';
export * from './config.ts';
