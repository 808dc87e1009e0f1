import { describe, expect, it } from 'vitest';
import { checkDigit, checkIdNumber, normaliseIdNumber } from './id-number.ts';

// A made-up number with a valid check digit (GB 11643 example body).
const BODY = '11010519491231002';

describe('ID number', () => {
  it('computes the GB 11643 check digit, X included', () => {
    expect(checkDigit(BODY)).toBe('X');
    expect(checkDigit('44052418800101001')).toBe('4');
  });

  it('accepts a trailing lower-case x and upper-cases it', () => {
    expect(checkIdNumber(`${BODY}x`)).toEqual({ ok: true, value: `${BODY}X` });
  });

  it('drops spaces and full-width digits typed by Chinese input methods', () => {
    expect(normaliseIdNumber(' １１０１０５ 19491231 002x ')).toBe(`${BODY}X`);
  });

  it('refuses wrong lengths, letters and a wrong check digit', () => {
    expect(checkIdNumber(BODY)).toEqual({ ok: false, problem: 'format' });
    expect(checkIdNumber(`${BODY}A`)).toEqual({ ok: false, problem: 'format' });
    expect(checkIdNumber(`${BODY}1`)).toEqual({ ok: false, problem: 'check_digit' });
  });
});
