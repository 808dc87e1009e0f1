export * from './types.ts';
export { detectMesh, faceTopology } from './mesh.ts';
export type { FaceTopology, MeshResult } from './mesh.ts';
