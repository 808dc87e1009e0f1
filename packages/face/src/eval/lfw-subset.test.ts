import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaceEngine, type FaceEngine } from '../engine.ts';
import { sharedPath } from '../test-data.ts';
import { lfwEntries } from './lfw-manifest.ts';
import { evaluate } from './run-eval.ts';

const dir = sharedPath('lfw-dev');

// The full lfw-dev run is `lifecert face eval` (docs/models.md); this is its quick, loose cousin.
describe.skipIf(!dir)('dlib on a 25-person subset of lfw-dev', () => {
  let engine: FaceEngine;
  beforeAll(async () => {
    engine = await createFaceEngine({ threads: 2 });
  });
  afterAll(() => engine?.close());

  it('keeps FNMR at FMR 1e-2 and the EER low, and FMR at the product threshold under 5e-3', async () => {
    const entries = await lfwEntries(dir!, { minPhotos: 2, maxPeople: 25 });
    expect(entries.length).toBeGreaterThan(120);
    const { report } = await evaluate(entries, engine);
    // measured 2026-11-28 (130 images, 867 genuine and 7518 impostor pairs): no failure, FNMR at
    // 1e-2 7.8%, EER 4.8%, FMR at the threshold 8.0e-4 (40 people: 5.3%, 3.5%, 5.7e-4, at 1.6x the time)
    expect(report.failedToEmbed).toBeLessThanOrEqual(3);
    expect(report.fnmrAtFmr['1e-2']).toBeLessThan(0.15);
    expect(report.eer).toBeLessThan(0.08);
    expect(report.atThreshold.fmr).toBeLessThan(0.005);
  }, 300_000);
});
