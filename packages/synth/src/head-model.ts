// The 3D head built from one photo: the detected face mesh as geometry, the photo as its texture
// (each vertex samples the photo where it was detected), and a "skirt" of rings grown outward from
// the face outline to beyond the frame. The skirt's rings follow the head less and less, so hair,
// ears and neck stretch smoothly into the still background instead of opening holes.
import type { Camera } from './camera.ts';
import { unproject } from './camera.ts';
import {
  CHEEK_LEFT,
  CHEEK_RIGHT,
  CHIN,
  FACE_OVAL,
  FOREHEAD_TOP,
  INNER_LIP_LOOP,
  LOWER_LIP,
  MOUTH_CORNERS,
  NOSE_BOTTOM,
  NOSE_TIP,
  UPPER_LIP,
} from './face-regions.ts';
import type { Texture } from './rasterise.ts';

export type MeshPoint = readonly [number, number, number];

export type HeadModelInput = {
  /** the photo, already scaled so the face has its size in the frame */
  texture: Texture;
  /** the 468 (or 478) point mesh in texture pixels, z relative in the same scale */
  mesh: readonly MeshPoint[];
  /** triangle vertex indices over the first 468 points */
  triangulation: ArrayLike<number>;
  /** frame position of texture pixel (0, 0) */
  offset: readonly [number, number];
  camera: Camera;
  /** the detector's depth is flatter than a real head; > 1 deepens it */
  depthScale?: number;
};

export type HeadModel = {
  texture: Texture;
  camera: Camera;
  vertexCount: number;
  /** neutral camera-space positions */
  rest: Float32Array;
  uv: Float32Array;
  indices: Uint32Array;
  /**
   * The mouth cavity fan has its own copies of the inner-lip vertices (so it can darken without
   * darkening the lips): `cavityLoop[j]` copies `INNER_LIP_LOOP[j]`.
   */
  cavityLoop: Uint32Array;
  /** how rigidly a vertex follows the head, 1 = fully */
  follow: Float32Array;
  /** 0..1, how much of the jaw rotation a vertex takes */
  jaw: Float32Array;
  normals: Float32Array;
  pivot: [number, number, number];
  jawHinge: [number, number];
  /** lip and mouth-corner vertices, which narrow as the mouth opens */
  lips: Uint32Array;
  /** index of the extra vertex in the middle of the mouth opening */
  mouthCentre: number;
  faceWidth: number;
  faceHeight: number;
};

const RINGS = [
  { scale: 1.12, follow: 1, depth: 0.12 },
  { scale: 1.35, follow: 0.85, depth: 0.3 },
  { scale: 1.75, follow: 0.4, depth: 0.45 },
  { scale: 2.4, follow: 0.08, depth: 0.55 },
];

export function buildHeadModel(input: HeadModelInput): HeadModel {
  const { mesh, camera, offset } = input;
  const dz = input.depthScale ?? 1;
  const pt = (i: number): MeshPoint => {
    const p = mesh[i];
    if (!p) throw new Error(`face mesh has no point ${i}`);
    return p;
  };
  const faceWidth = Math.hypot(
    pt(CHEEK_LEFT)[0] - pt(CHEEK_RIGHT)[0],
    pt(CHEEK_LEFT)[1] - pt(CHEEK_RIGHT)[1],
  );
  const faceHeight = Math.hypot(
    pt(CHIN)[0] - pt(FOREHEAD_TOP)[0],
    pt(CHIN)[1] - pt(FOREHEAD_TOP)[1],
  );
  const faceCount = Math.min(mesh.length, 478);

  let ocx = 0,
    ocy = 0,
    ocz = 0;
  for (const i of FACE_OVAL) {
    ocx += pt(i)[0];
    ocy += pt(i)[1];
    ocz += pt(i)[2];
  }
  ocx /= FACE_OVAL.length;
  ocy /= FACE_OVAL.length;
  ocz /= FACE_OVAL.length;

  const n = FACE_OVAL.length;
  const skirtStart = faceCount;
  const border = skirtStart + RINGS.length * n;
  const mouthCentre = border + n;
  const loopStart = mouthCentre + 1;
  const vertexCount = loopStart + INNER_LIP_LOOP.length;
  const rest = new Float32Array(vertexCount * 3);
  const uv = new Float32Array(vertexCount * 2);
  const follow = new Float32Array(vertexCount);
  const jaw = new Float32Array(vertexCount);
  const setVertex = (i: number, tx: number, ty: number, z: number, f: number): void => {
    uv[i * 2] = tx;
    uv[i * 2 + 1] = ty;
    const [X, Y, Z] = unproject(camera, tx + offset[0], ty + offset[1], z);
    rest[i * 3] = X;
    rest[i * 3 + 1] = Y;
    rest[i * 3 + 2] = Z;
    follow[i] = f;
  };

  const zNose = pt(NOSE_TIP)[2] * dz;
  for (let i = 0; i < faceCount; i++) setVertex(i, pt(i)[0], pt(i)[1], pt(i)[2] * dz - zNose, 1);

  // The outermost ring lies on a circle that covers the whole frame from the face centre.
  const fx = ocx + offset[0],
    fy = ocy + offset[1];
  const { cx, cy } = camera;
  const corners = [
    [0, 0],
    [2 * cx, 0],
    [0, 2 * cy],
    [2 * cx, 2 * cy],
  ] as const;
  const coverRadius = 1.25 * Math.max(...corners.map(([x, y]) => Math.hypot(x - fx, y - fy)));
  for (let k = 0; k < RINGS.length; k++) {
    const ring = RINGS[k]!;
    for (let j = 0; j < n; j++) {
      const p = pt(FACE_OVAL[j]!);
      const rx = p[0] - ocx,
        ry = p[1] - ocy;
      const len = Math.hypot(rx, ry) || 1;
      const s = Math.min(ring.scale, (0.9 * coverRadius) / len);
      const z = p[2] * dz - zNose + ring.depth * faceWidth;
      setVertex(skirtStart + k * n + j, ocx + rx * s, ocy + ry * s, z, ring.follow);
    }
  }
  for (let j = 0; j < n; j++) {
    const p = pt(FACE_OVAL[j]!);
    const a = Math.atan2(p[1] - ocy, p[0] - ocx);
    const z = ocz * dz - zNose + 0.6 * faceWidth;
    setVertex(border + j, ocx + Math.cos(a) * coverRadius, ocy + Math.sin(a) * coverRadius, z, 0);
  }

  const tri: number[] = [];
  const src = input.triangulation;
  for (let t = 0; t + 2 < src.length; t += 3) tri.push(src[t]!, src[t + 1]!, src[t + 2]!);
  const strip = (a: (j: number) => number, b: (j: number) => number): void => {
    for (let j = 0; j < n; j++) {
      const j1 = (j + 1) % n;
      tri.push(a(j), a(j1), b(j1), a(j), b(j1), b(j));
    }
  };
  strip(
    (j) => FACE_OVAL[j]!,
    (j) => skirtStart + j,
  );
  for (let k = 0; k + 1 < RINGS.length; k++) {
    strip(
      (j) => skirtStart + k * n + j,
      (j) => skirtStart + (k + 1) * n + j,
    );
  }
  strip(
    (j) => skirtStart + (RINGS.length - 1) * n + j,
    (j) => border + j,
  );

  // The mesh has a hole at the mouth; a fan from an extra centre vertex fills it. It samples the
  // photo's own mouth (lips-together line, or teeth), and is shaded darker as the jaw opens.
  let mx = 0,
    my = 0,
    mz = 0;
  for (const i of INNER_LIP_LOOP) {
    mx += pt(i)[0];
    my += pt(i)[1];
    mz += pt(i)[2];
  }
  const m = INNER_LIP_LOOP.length;
  setVertex(mouthCentre, mx / m, my / m, (mz / m) * dz - zNose + 0.04 * faceWidth, 1);
  const cavityLoop = new Uint32Array(m);
  for (let j = 0; j < m; j++) {
    const p = pt(INNER_LIP_LOOP[j]!);
    cavityLoop[j] = loopStart + j;
    setVertex(loopStart + j, p[0], p[1], p[2] * dz - zNose, 1);
  }
  for (let j = 0; j < m; j++) tri.push(mouthCentre, loopStart + j, loopStart + ((j + 1) % m));

  fillJawWeights(jaw, pt, faceCount, faceHeight);

  const indices = Uint32Array.from(tri);
  const yNose = pt(NOSE_TIP)[1] + offset[1];
  const xMid = ocx + offset[0];
  // Nods and shakes turn about the top of the spine: below and well behind the face.
  const pivot = unproject(camera, xMid, yNose + 0.3 * faceHeight, 0.75 * faceWidth);
  const hinge = unproject(camera, xMid, pt(NOSE_BOTTOM)[1] + offset[1], 0.55 * faceWidth);
  return {
    texture: input.texture,
    camera,
    vertexCount,
    rest,
    uv,
    indices,
    cavityLoop,
    lips: Uint32Array.from(new Set([...UPPER_LIP, ...LOWER_LIP, ...MOUTH_CORNERS])),
    follow,
    jaw,
    normals: vertexNormals(rest, indices, vertexCount),
    pivot,
    jawHinge: [hinge[1], hinge[2]],
    mouthCentre,
    faceWidth,
    faceHeight,
  };
}

function fillJawWeights(
  jaw: Float32Array,
  pt: (i: number) => MeshPoint,
  faceCount: number,
  faceHeight: number,
): void {
  const yMouth = (pt(61)[1] + pt(291)[1]) / 2;
  for (let i = 0; i < Math.min(faceCount, 468); i++) {
    const d = (pt(i)[1] - yMouth) / faceHeight;
    jaw[i] = smoothstep(0.0, 0.1, d);
  }
  for (const i of UPPER_LIP) jaw[i] = 0;
  for (const i of LOWER_LIP) jaw[i] = 1;
  for (const i of MOUTH_CORNERS) jaw[i] = 0.4;
}

function smoothstep(a: number, b: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

/** Area-weighted normals, each triangle turned towards the camera (the mesh's winding varies). */
function vertexNormals(pos: Float32Array, idx: Uint32Array, count: number): Float32Array {
  const out = new Float32Array(count * 3);
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3,
      b = idx[t + 1]! * 3,
      c = idx[t + 2]! * 3;
    const ux = pos[b]! - pos[a]!,
      uy = pos[b + 1]! - pos[a + 1]!,
      uz = pos[b + 2]! - pos[a + 2]!;
    const vx = pos[c]! - pos[a]!,
      vy = pos[c + 1]! - pos[a + 1]!,
      vz = pos[c + 2]! - pos[a + 2]!;
    let nx = uy * vz - uz * vy,
      ny = uz * vx - ux * vz,
      nz = ux * vy - uy * vx;
    if (nz > 0) {
      nx = -nx;
      ny = -ny;
      nz = -nz;
    }
    for (const v of [a, b, c]) {
      out[v] = out[v]! + nx;
      out[v + 1] = out[v + 1]! + ny;
      out[v + 2] = out[v + 2]! + nz;
    }
  }
  for (let i = 0; i < out.length; i += 3) {
    const l = Math.hypot(out[i]!, out[i + 1]!, out[i + 2]!);
    if (l > 0) {
      out[i] = out[i]! / l;
      out[i + 1] = out[i + 1]! / l;
      out[i + 2] = out[i + 2]! / l;
    } else out[i + 2] = -1;
  }
  return out;
}
