import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-svg.ts';

describe('QR path', () => {
  it('draws a version-sized square with its quiet zone', () => {
    const short = qrPath('https://a.example/');
    // version 2 (25 modules) holds this URL at level M; 4 modules of quiet zone each side
    expect((short.size - 8 - 17) % 4).toBe(0);
    expect(short.size).toBeGreaterThanOrEqual(21 + 8);
    const long = qrPath(`https://a.example/${'x'.repeat(120)}`);
    expect(long.size).toBeGreaterThan(short.size);
  });

  it('starts with the top-left finder pattern at the quiet-zone offset', () => {
    const { d } = qrPath('https://a.example/');
    // the finder's first row: seven dark modules from (4,4)
    for (let c = 4; c < 11; c++) expect(d).toContain(`M${c} 4h1v1h-1z`);
    expect(d).not.toContain('M3 4h1v1h-1z');
  });
});
