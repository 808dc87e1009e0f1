// Where the photo's face mesh comes from: the face engine's detector by default, injectable so
// tests can feed a fixed mesh and the generator never carries a second model loader.
import type { MeshLook, Point3 } from '@lifecert/face';

export type MeshSource = {
  detectMesh: (
    image: Uint8Array,
  ) => Promise<{ mesh: Point3[]; width: number; height: number } | null>;
  /** triangles over the first 468 mesh points, three indices each */
  triangulation: readonly number[];
  /** where the head faces and the eyes look, as the engine reads them; else gaze steps keep still */
  look?: (mesh: readonly Point3[]) => MeshLook;
};

export async function defaultMeshSource(): Promise<MeshSource> {
  const face = await import('@lifecert/face');
  return {
    detectMesh: face.detectMesh,
    triangulation: face.faceTopology().triangulation,
    look: face.meshLook,
  };
}
