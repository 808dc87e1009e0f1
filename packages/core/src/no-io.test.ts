import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The domain must stay runnable anywhere (server, CLI, workers, browser bundles of the rules):
// its sources import each other and node:crypto, nothing else.
describe('core imports', () => {
  it('uses no I/O library outside its tests', async () => {
    const root = fileURLToPath(new URL('.', import.meta.url));
    const offenders: string[] = [];
    for (const entry of await readdir(root, { recursive: true })) {
      if (!entry.endsWith('.ts') || entry.endsWith('.test.ts') || entry.includes('test-')) continue;
      const text = await readFile(join(root, entry), 'utf8');
      for (const [, specifier] of text.matchAll(/\bfrom\s+'([^']+)'/g)) {
        if (!specifier!.startsWith('.') && specifier !== 'node:crypto') {
          offenders.push(`${entry}: ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
