// Shared photo sets live beside the repository (../shared), never inside it; tests skip without them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');
export const sharedFaces = resolve(repoRoot, '../shared/data/faces');

export function sharedPath(...parts: string[]): string | null {
  const p = resolve(sharedFaces, ...parts);
  if (existsSync(p)) return p;
  console.warn(`skipping: shared test data not found at ${p}`);
  return null;
}
