// For tools that need the raw mesh of a still photo (the synthetic sequence generator), without the
// worker pool: runs Human in the calling thread.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Human } from '@vladmandic/human';
import { detectRawFaces } from './analysis/detect-faces.ts';
import { gazeDirection } from './analysis/gaze.ts';
import { headPose } from './analysis/head-pose.ts';
import { decodeImage } from './image/decode-image.ts';
import { humanConfig, humanDir, loadHuman } from './models/load-human.ts';
import type { Point3 } from './types.ts';

export type MeshResult = { mesh: Point3[]; width: number; height: number };

/** The largest face's 478-point mesh (image pixels, EXIF orientation applied), or null. */
export async function detectMesh(image: Uint8Array): Promise<MeshResult | null> {
  const human = await loadHuman();
  const img = await decodeImage(image);
  const faces = await detectRawFaces(human, img);
  const largest = faces.map((f) => ({ f, w: extentWidth(f.mesh) })).sort((a, b) => b.w - a.w)[0];
  return largest ? { mesh: largest.f.mesh, width: img.width, height: img.height } : null;
}

type Direction = { yaw: number; pitch: number };
export type MeshLook = { head: Direction; gaze: Direction };

/** Where a mesh's head faces and its eyes look (head and irises), in degrees, as frames read. */
export function meshLook(mesh: readonly Point3[]): MeshLook {
  const pose = headPose(mesh);
  return { head: { yaw: pose.yaw, pitch: pose.pitch }, gaze: gazeDirection(mesh, pose) };
}

function extentWidth(mesh: Point3[]): number {
  const xs = mesh.map((p) => p[0]);
  return Math.max(...xs) - Math.min(...xs);
}

export type FaceTopology = {
  /** triangles over the first 468 mesh points, three indices each */
  triangulation: readonly number[];
  /** texture coordinates (0..1) of the 468 mesh points of the canonical face */
  uvMap: readonly (readonly [number, number])[];
};

let topology: FaceTopology | undefined;

/** MediaPipe's face mesh triangulation and UV map, as shipped inside Human (no model load). */
export function faceTopology(): FaceTopology {
  if (!topology) {
    const require = createRequire(import.meta.url);
    const mod = require(join(humanDir(), 'dist', 'human.node-wasm.js')) as {
      Human: new (c: object) => Human;
    };
    const h = new mod.Human(humanConfig());
    topology = { triangulation: h.faceTriangulation, uvMap: h.faceUVMap };
  }
  return topology;
}
