export * from './permissions.ts';
export * from './pensioner-scope.ts';
export * from './assisted-certification.ts';
export * from './assisted-face.ts';
