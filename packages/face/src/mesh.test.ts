import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMesh, faceTopology } from './mesh.ts';
import { sharedPath } from './test-data.ts';

const photos = sharedPath('face-recognition-examples') ?? '';
const hasData = photos !== '';

describe('faceTopology', () => {
  it('indexes 468 points in triangles and gives each a UV', () => {
    const { triangulation, uvMap } = faceTopology();
    expect(triangulation.length % 3).toBe(0);
    expect(triangulation.length).toBeGreaterThan(800 * 3);
    expect(Math.max(...triangulation)).toBe(467);
    expect(uvMap).toHaveLength(468);
    for (const [u, v] of uvMap) {
      expect(u).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
});

describe.skipIf(!hasData)('detectMesh', () => {
  it('finds a 478-point mesh inside the photo', async () => {
    const r = await detectMesh(readFileSync(resolve(photos, 'obama.jpg')));
    expect(r).not.toBeNull();
    expect(r!.mesh).toHaveLength(478);
    for (const [x, y] of r!.mesh) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(r!.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(r!.height);
    }
  });
});
