import type { Action } from '@lifecert/face';
import { describe, expect, it } from 'vitest';
import { buildPlane, posePlane, printState, swapTime, wrongOrder } from './attacks.ts';
import { defaultCamera } from './camera.ts';
import { NEUTRAL } from './pose-head.ts';
import type { HeadState } from './pose-head.ts';
import type { Texture } from './rasterise.ts';
import { clearTarget, createTarget, drawMesh } from './rasterise.ts';

type H = number[];

/** The homography mapping four points onto four others (h33 = 1), by Gaussian elimination. */
function homography(src: [number, number][], dst: [number, number][]): H {
  const A: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i]!,
      [u, v] = dst[i]!;
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[p]![c]!)) p = r;
    [A[c], A[p]] = [A[p]!, A[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = A[r]![c]! / A[c]![c]!;
      for (let k = c; k < 9; k++) A[r]![k] = A[r]![k]! - f * A[c]![k]!;
    }
  }
  return [...A.map((row, i) => row[8]! / row[i]!), 1];
}

const apply = (h: H, x: number, y: number): [number, number] => {
  const w = h[6]! * x + h[7]! * y + h[8]!;
  return [(h[0]! * x + h[1]! * y + h[2]!) / w, (h[3]! * x + h[4]! * y + h[5]!) / w];
};

const camera = defaultCamera(640, 480);

function noiseTexture(): Texture {
  const data = new Uint8Array(640 * 480 * 3);
  let s = 12345;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    data[i] = (s >>> 16) & 255;
  }
  return { data, width: 640, height: 480, channels: 3 };
}

const tilted = (over: Partial<HeadState>): HeadState => printState({ ...NEUTRAL, ...over });

describe('photo attack', () => {
  const plane = buildPlane(noiseTexture(), camera);
  const a = posePlane(plane, tilted({ yaw: 18, pitch: -6, tx: 12, tz: 30 }));
  const b = posePlane(plane, tilted({ yaw: -10, pitch: 15, roll: 4, ty: -9 }));
  const pts = (m: typeof a): [number, number][] =>
    Array.from({ length: m.screen.length / 3 }, (_, i) => [m.screen[i * 3]!, m.screen[i * 3 + 1]!]);

  it('moves every point of the print by one homography (no parallax)', () => {
    const pa = pts(a),
      pb = pts(b);
    const n = Math.round(Math.sqrt(pa.length));
    const corners = [0, n - 1, n * n - 1, n * (n - 1)];
    const h = homography(
      corners.map((i) => pa[i]!),
      corners.map((i) => pb[i]!),
    );
    let worst = 0;
    for (let i = 0; i < pa.length; i++) {
      const [u, v] = apply(h, ...pa[i]!);
      worst = Math.max(worst, Math.hypot(u - pb[i]![0], v - pb[i]![1]));
    }
    expect(worst).toBeLessThan(1e-2);
    // The tilt is real: the frames differ by far more than the residual.
    expect(Math.hypot(pa[0]![0] - pb[0]![0], pa[0]![1] - pb[0]![1])).toBeGreaterThan(10);
  });

  it('renders pixels that the same homography maps from one frame to the other', () => {
    const render = (m: typeof a): Float32Array => {
      const t = createTarget(640, 480);
      clearTarget(t, [0, 0, 0]);
      drawMesh(t, m, plane.texture);
      return t.color;
    };
    const ca = render(a),
      cb = render(b);
    const pa = pts(a),
      pb = pts(b);
    const n = Math.round(Math.sqrt(pa.length));
    const corners = [0, n - 1, n * n - 1, n * (n - 1)];
    const hba = homography(
      corners.map((i) => pb[i]!),
      corners.map((i) => pa[i]!),
    );
    let sum = 0,
      count = 0;
    for (let y = 140; y < 340; y += 3) {
      for (let x = 220; x < 420; x += 3) {
        const [u, v] = apply(hba, x + 0.5, y + 0.5);
        const o = (Math.floor(v) * 640 + Math.floor(u)) * 3;
        // Texture noise is per pixel; compare against the nearest source pixel, so allow the
        // occasional neighbour: the median error must be tiny.
        sum += Math.abs(cb[(y * 640 + x) * 3]! - ca[o]!) < 40 ? 1 : 0;
        count++;
      }
    }
    expect(sum / count).toBeGreaterThan(0.6);
  });
});

describe('order and swap attacks', () => {
  it('performs every listed action, in a different order', () => {
    const listed: Action[] = ['nod', 'blink', 'mouth'];
    const done = wrongOrder(listed);
    expect([...done].sort()).toEqual([...listed].sort());
    expect(done).not.toEqual(listed);
    expect(wrongOrder(['nod', 'nod', 'shake'])).not.toEqual(['nod', 'nod', 'shake']);
    expect(() => wrongOrder(['blink', 'blink'])).toThrow(/two different actions/);
  });

  it('switches identity at the step boundary nearest the middle', () => {
    const steps = [0, 1500, 3200, 4800].map((s, i, a) => ({ startMs: s, endMs: a[i + 1] ?? 6000 }));
    expect(swapTime(steps)).toBe(3200);
    expect(swapTime([{ startMs: 0, endMs: 2000 }])).toBe(1000);
  });
});
