// Pinhole camera looking down +Z, image y down. The neutral head is placed so that a point of the
// photo at relative depth z = 0 sits at Z = f and projects exactly where it was in the photo: the
// first frame reproduces the photo, and every motion is a true perspective change from there.

export type Camera = { f: number; cx: number; cy: number };

/** A phone front camera at 640x480 sees about 60 degrees across. */
export function defaultCamera(width: number, height: number): Camera {
  return { f: width / (2 * Math.tan((60 * Math.PI) / 180 / 2)), cx: width / 2, cy: height / 2 };
}

/** Image point (u, v) with relative depth z (pixels, + away from the camera) to camera space. */
export function unproject(cam: Camera, u: number, v: number, z: number): [number, number, number] {
  const Z = cam.f + z;
  return [((u - cam.cx) * Z) / cam.f, ((v - cam.cy) * Z) / cam.f, Z];
}

/** Projects camera-space XYZ triples into screen x, y and w (= Z) triples. */
export function project(cam: Camera, xyz: Float32Array, out: Float32Array): Float32Array {
  for (let i = 0; i < xyz.length; i += 3) {
    const Z = xyz[i + 2]!;
    out[i] = cam.cx + (cam.f * xyz[i]!) / Z;
    out[i + 1] = cam.cy + (cam.f * xyz[i + 1]!) / Z;
    out[i + 2] = Z;
  }
  return out;
}

export type Mat3 = [number, number, number, number, number, number, number, number, number];

/**
 * Rotation for a head pose in the conventions of `HeadPose` (packages/face/src/types.ts): yaw > 0
 * turns to the subject's left (image right), pitch > 0 looks up, roll > 0 is clockwise on screen.
 */
export function poseRotation(yawDeg: number, pitchDeg: number, rollDeg: number): Mat3 {
  const r = Math.PI / 180;
  // The nose points to -Z; image-right yaw needs a negative angle about +Y, looking up a negative
  // angle about +X (y is down).
  const ry = -yawDeg * r;
  const rx = -pitchDeg * r;
  const rz = rollDeg * r;
  const cy = Math.cos(ry),
    sy = Math.sin(ry);
  const cx = Math.cos(rx),
    sx = Math.sin(rx);
  const cz = Math.cos(rz),
    sz = Math.sin(rz);
  const Ry: Mat3 = [cy, 0, sy, 0, 1, 0, -sy, 0, cy];
  const Rx: Mat3 = [1, 0, 0, 0, cx, -sx, 0, sx, cx];
  const Rz: Mat3 = [cz, -sz, 0, sz, cz, 0, 0, 0, 1];
  return mul(Rz, mul(Ry, Rx));
}

export function mul(a: Mat3, b: Mat3): Mat3 {
  const o = new Array<number>(9).fill(0) as Mat3;
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++)
      o[i * 3 + j] = a[i * 3]! * b[j]! + a[i * 3 + 1]! * b[3 + j]! + a[i * 3 + 2]! * b[6 + j]!;
  return o;
}

export function rotateAbout(
  m: Mat3,
  px: number,
  py: number,
  pz: number,
  x: number,
  y: number,
  z: number,
): [number, number, number] {
  const dx = x - px,
    dy = y - py,
    dz = z - pz;
  return [
    px + m[0] * dx + m[1] * dy + m[2] * dz,
    py + m[3] * dx + m[4] * dy + m[5] * dz,
    pz + m[6] * dx + m[7] * dy + m[8] * dz,
  ];
}
