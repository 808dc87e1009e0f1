export { buildApp, type BuildAppOptions } from './app.ts';
export { startServer, type ListenOptions } from './server.ts';
export type { AppDeps, ServerSettings } from './deps.ts';
export { scrubText } from './logger.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
export { faceVerifierOf, startFaceVerifier } from './face/face-verifier.ts';
export { photoAssessorOf, startFaceServices } from './face/photo-assessor.ts';
