export { synthesiseRecording } from './synthesise.ts';
export type { SynthesiseOptions, SyntheticRecording } from './synthesise.ts';
export { writeRecording, readRecording } from './recording-writer.ts';
export type { RecordingManifest } from './recording-writer.ts';
export { writeY4m, y4mHeader, rgbToI420 } from './y4m.ts';
export { ATTACK_KINDS, wrongOrder } from './attacks.ts';
export type { AttackKind } from './attacks.ts';
export type { MeshSource } from './mesh-source.ts';
export type { HeadState } from './pose-head.ts';
