import { describe, expect, it } from 'vitest';
import { formatDate, yuan } from './format.ts';

describe('format', () => {
  it('writes fen as yuan without trailing zeros', () => {
    expect(yuan(2500)).toBe('25');
    expect(yuan(2050)).toBe('20.5');
  });

  it('shows dates in the agency time zone', () => {
    // 16:30 UTC on 31 Oct is already 1 November in Luoyang
    expect(formatDate('2018-10-31T16:30:00Z', 'en')).toBe('November 1, 2018');
    expect(formatDate('2018-10-31', 'zh-CN')).toBe('2018年10月31日');
  });
});
