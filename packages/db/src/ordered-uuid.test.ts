import { describe, expect, it } from 'vitest';
import { orderedUuid } from './ordered-uuid.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('orderedUuid', () => {
  it('makes valid, strictly increasing version 7 uuids, also within one millisecond', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) =>
      orderedUuid(1_700_000_000_000 + (i >> 12)),
    );
    for (const id of ids) expect(id).toMatch(UUID_V7);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the millisecond timestamp in its first 48 bits', () => {
    const ms = Date.UTC(2030, 0, 1);
    expect(parseInt(orderedUuid(ms).replace('-', '').slice(0, 12), 16)).toBe(ms);
  });

  it('keeps increasing when the clock steps back', () => {
    const a = orderedUuid(Date.UTC(2031, 0, 1));
    const b = orderedUuid(Date.UTC(2029, 0, 1));
    expect(b > a).toBe(true);
  });
});
