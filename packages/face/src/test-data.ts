// Shared photo sets live beside the repository (../shared), never inside it; tests skip without them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createFaceEngine, type FaceEngine } from './engine.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
export const sharedFaces = resolve(repoRoot, '../shared/data/faces');

export function sharedPath(...parts: string[]): string | null {
  const p = resolve(sharedFaces, ...parts);
  if (existsSync(p)) return p;
  console.warn(`skipping: shared test data not found at ${p}`);
  return null;
}

/**
 * Inside a `describe`: a face engine on two worker threads, started before its tests and closed
 * after them. Call the returned function in a test to get it.
 */
export function useFaceEngine(): () => FaceEngine {
  let engine: FaceEngine | undefined;
  beforeAll(async () => {
    engine = await createFaceEngine({ threads: 2 });
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => {
    if (!engine) throw new Error('the face engine has not started');
    return engine;
  };
}
