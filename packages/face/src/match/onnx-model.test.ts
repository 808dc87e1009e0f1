import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaceEngine, type FaceEngine, type FaceEngineOptions } from '../engine.ts';
import { sharedPath } from '../test-data.ts';

// Fetched by packages/face/scripts/fetch-optional-model.sh; never committed.
const modelPath = resolve(import.meta.dirname, '../../../../.cache/models/fr_feature.onnx');
const hasModel = existsSync(modelPath);
if (!hasModel)
  console.warn(`skipping ONNX adapter tests: ${modelPath} absent (run fetch-optional-model.sh)`);
const dir = hasModel ? sharedPath('face-recognition-examples') : null;
const photo = (name: string) => new Uint8Array(readFileSync(resolve(dir ?? '', name)));

describe.skipIf(!hasModel || !dir)('ONNX embedding adapter (optional MobileFaceNet)', () => {
  let engine: FaceEngine;
  beforeAll(async () => {
    engine = await createFaceEngine({ model: 'onnx', onnxModelPath: modelPath, threads: 1 });
  });
  afterAll(() => engine?.close());

  it('separates the same person from different people', async () => {
    const [a, b, c] = await Promise.all(
      ['obama.jpg', 'obama2.jpg', 'biden.jpg'].map((f) => engine.embed(photo(f))),
    );
    expect(a!.vector).toHaveLength(512);
    expect(a!.model).toBe('onnx:fr_feature.onnx+mirror');
    expect(engine.similarity(a!, b!)).toBeGreaterThanOrEqual(engine.threshold);
    expect(engine.similarity(a!, c!)).toBeLessThan(engine.threshold);
  });

  it('names another template scale as another recipe, which needs a threshold of its own', async () => {
    const opts: FaceEngineOptions = {
      model: 'onnx',
      onnxModelPath: modelPath,
      onnxTemplateScale: 0.9,
      threads: 1,
    };
    await expect(createFaceEngine(opts)).rejects.toThrow(
      'no measured threshold for onnx:fr_feature.onnx@0.9+mirror',
    );
    const other = await createFaceEngine({ ...opts, threshold: 0.4 });
    try {
      expect(other.modelName).toBe('onnx:fr_feature.onnx@0.9+mirror');
      expect(other.threshold).toBe(0.4);
    } finally {
      await other.close();
    }
  });
});

describe('ONNX engine options', () => {
  it('refuses a missing model file', async () => {
    await expect(
      createFaceEngine({ model: 'onnx', onnxModelPath: '/nonexistent/model.onnx', threads: 1 }),
    ).rejects.toThrow(/not found/);
  });
});
