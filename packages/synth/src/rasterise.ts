// A small software rasteriser: triangles with perspective-correct texture mapping, per-vertex
// shading and a z-buffer, into Float32 buffers, with plain loops over typed arrays: no GPU or
// native code. The head's skirt covers the whole frame, so every pixel is textured once: about
// 40 ms a 640x480 frame on one core of a slow 2.5 GHz VM, most of a generated take's cost.

export type Texture = { data: Uint8Array; width: number; height: number; channels: 3 };

export type RenderTarget = {
  width: number;
  height: number;
  /** RGB, 0..255 */
  color: Float32Array;
  /** 1/Z of the nearest surface drawn so far; 0 = nothing (infinitely far) */
  invDepth: Float32Array;
};

/**
 * Vertices already projected to the screen. `screen` holds x, y (pixels) and w (the camera-space
 * depth, > 0) per vertex; `uv` holds texture pixel coordinates; `shade` multiplies the colour.
 */
export type ProjectedMesh = {
  screen: Float32Array;
  uv: Float32Array;
  shade: Float32Array;
  indices: Uint32Array;
};

export function createTarget(width: number, height: number): RenderTarget {
  return {
    width,
    height,
    color: new Float32Array(width * height * 3),
    invDepth: new Float32Array(width * height),
  };
}

export function clearTarget(target: RenderTarget, rgb: readonly [number, number, number]): void {
  const { color, invDepth, width } = target;
  const [r, g, b] = rgb;
  for (let i = 0; i < width * 3; i += 3) {
    color[i] = r;
    color[i + 1] = g;
    color[i + 2] = b;
  }
  // Doubling copies of the first row: a few memmoves instead of a loop over every pixel.
  for (let filled = width * 3; filled < color.length; filled *= 2) {
    color.copyWithin(filled, 0, Math.min(filled, color.length - filled));
  }
  invDepth.fill(0);
}

export function drawMesh(target: RenderTarget, mesh: ProjectedMesh, texture: Texture): void {
  const { indices } = mesh;
  for (let t = 0; t < indices.length; t += 3) {
    drawTriangle(target, mesh, texture, indices[t]!, indices[t + 1]!, indices[t + 2]!);
  }
}

function drawTriangle(
  target: RenderTarget,
  mesh: ProjectedMesh,
  tex: Texture,
  a: number,
  b: number,
  c: number,
): void {
  const { screen: s, uv, shade } = mesh;
  const ax = s[a * 3]!,
    ay = s[a * 3 + 1]!,
    aw = s[a * 3 + 2]!;
  const bx = s[b * 3]!,
    by = s[b * 3 + 1]!,
    bw = s[b * 3 + 2]!;
  const cx = s[c * 3]!,
    cy = s[c * 3 + 1]!,
    cw = s[c * 3 + 2]!;
  if (aw <= 0 || bw <= 0 || cw <= 0) return; // behind the camera: never happens for our scenes
  const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  if (Math.abs(area) < 1e-9) return;
  const W = target.width;
  const H = target.height;
  const minX = Math.max(0, Math.floor(Math.min(ax, bx, cx)));
  const maxX = Math.min(W - 1, Math.ceil(Math.max(ax, bx, cx)));
  const minY = Math.max(0, Math.floor(Math.min(ay, by, cy)));
  const maxY = Math.min(H - 1, Math.ceil(Math.max(ay, by, cy)));
  if (minX > maxX || minY > maxY) return;

  // Attributes divided by w interpolate linearly in screen space (perspective correction).
  const ia = 1 / aw,
    ib = 1 / bw,
    ic = 1 / cw;
  const ua = uv[a * 2]! * ia,
    va = uv[a * 2 + 1]! * ia,
    sa = shade[a]! * ia;
  const ub = uv[b * 2]! * ib,
    vb = uv[b * 2 + 1]! * ib,
    sb = shade[b]! * ib;
  const uc = uv[c * 2]! * ic,
    vc = uv[c * 2 + 1]! * ic,
    sc = shade[c]! * ic;
  const inv = 1 / area;

  // Barycentric weights as affine functions of the pixel centre: l = l0 + lx*x + ly*y.
  const l1x = (cy - ay) * inv,
    l1y = -(cx - ax) * inv;
  const l2x = -(by - ay) * inv,
    l2y = (bx - ax) * inv;
  const { color, invDepth } = target;
  const td = tex.data,
    tw = tex.width,
    th = tex.height;
  const eps = -1e-7;
  for (let y = minY; y <= maxY; y++) {
    const py = y + 0.5;
    for (let x = minX; x <= maxX; x++) {
      const px = x + 0.5;
      const l1 = (px - ax) * l1x + (py - ay) * l1y;
      const l2 = (px - ax) * l2x + (py - ay) * l2y;
      const l0 = 1 - l1 - l2;
      if (l0 < eps || l1 < eps || l2 < eps) continue;
      const iw = l0 * ia + l1 * ib + l2 * ic;
      const p = y * W + x;
      if (iw <= invDepth[p]!) continue;
      invDepth[p] = iw;
      const wz = 1 / iw;
      let u = (l0 * ua + l1 * ub + l2 * uc) * wz - 0.5;
      let v = (l0 * va + l1 * vb + l2 * vc) * wz - 0.5;
      const k = (l0 * sa + l1 * sb + l2 * sc) * wz;
      // Bilinear sample, clamped at the border so a face near the photo's edge smears, not tears.
      if (u < 0) u = 0;
      else if (u > tw - 1) u = tw - 1;
      if (v < 0) v = 0;
      else if (v > th - 1) v = th - 1;
      const x0 = u | 0,
        y0 = v | 0;
      const x1 = x0 + 1 < tw ? x0 + 1 : x0,
        y1 = y0 + 1 < th ? y0 + 1 : y0;
      const fx = u - x0,
        fy = v - y0;
      const w00 = (1 - fx) * (1 - fy),
        w10 = fx * (1 - fy),
        w01 = (1 - fx) * fy,
        w11 = fx * fy;
      const i00 = (y0 * tw + x0) * 3,
        i10 = (y0 * tw + x1) * 3;
      const i01 = (y1 * tw + x0) * 3,
        i11 = (y1 * tw + x1) * 3;
      const o = p * 3;
      color[o] = k * (td[i00]! * w00 + td[i10]! * w10 + td[i01]! * w01 + td[i11]! * w11);
      color[o + 1] =
        k * (td[i00 + 1]! * w00 + td[i10 + 1]! * w10 + td[i01 + 1]! * w01 + td[i11 + 1]! * w11);
      color[o + 2] =
        k * (td[i00 + 2]! * w00 + td[i10 + 2]! * w10 + td[i01 + 2]! * w01 + td[i11 + 2]! * w11);
    }
  }
}
