import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from './reason-codes.ts';

describe('README', () => {
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  it.each(REASON_CODES)('documents %s for the apps to translate', (code) => {
    expect(readme).toContain(`| \`${code}\` |`);
  });
});
