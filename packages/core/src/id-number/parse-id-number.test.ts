import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gb11643CheckDigit, hasValidCheckDigit } from './check-digit.ts';
import { parseIdNumber } from './parse-id-number.ts';
import { legacyIdArb, residentIdArb } from './test-arbitraries.ts';

describe('resident ID (GB 11643)', () => {
  it('accepts the standard example and decodes birth date and sex', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({
      ok: true,
      value: {
        type: 'resident_id',
        number: '11010519491231002X',
        birthDate: '1949-12-31',
        sex: 'female',
      },
    });
  });

  it('any valid 18-digit ID round-trips unchanged with its birth date and sex', () => {
    fc.assert(
      fc.property(residentIdArb, ({ number, birthDate, serial }) => {
        const result = parseIdNumber(number, 'resident_id');
        expect(result).toEqual({
          ok: true,
          value: {
            type: 'resident_id',
            number,
            birthDate,
            sex: serial % 2 === 1 ? 'male' : 'female',
          },
        });
        if (result.ok) expect(parseIdNumber(result.value.number)).toEqual(result);
      }),
    );
  });

  it('changing any one character breaks the check digit', () => {
    fc.assert(
      fc.property(
        residentIdArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        ({ number }, position, shift) => {
          const alphabet = position === 17 ? '0123456789X' : '0123456789';
          const current = alphabet.indexOf(number[position]!);
          const replacement = alphabet[(current + shift) % alphabet.length]!;
          fc.pre(replacement !== number[position]);
          const changed = number.slice(0, position) + replacement + number.slice(position + 1);
          expect(parseIdNumber(changed)).toEqual({ ok: false, error: 'id_bad_check_digit' });
        },
      ),
    );
  });

  it('upper-cases a trailing x and folds full-width characters and spaces', () => {
    expect(parseIdNumber('11010519491231002x')).toMatchObject({
      ok: true,
      value: { number: '11010519491231002X' },
    });
    expect(parseIdNumber(' １１０１０５ 1949 1231 002ｘ ')).toMatchObject({
      ok: true,
      value: { number: '11010519491231002X' },
    });
    fc.assert(
      fc.property(residentIdArb, ({ number }) => {
        const result = parseIdNumber(number.toLowerCase());
        expect(result.ok && result.value.number).toBe(number);
      }),
    );
  });

  it('converts 15-digit legacy IDs to valid 18-digit ones with the same birth date', () => {
    expect(parseIdNumber('110105491231002')).toMatchObject({
      ok: true,
      value: { number: '11010519491231002X', birthDate: '1949-12-31' },
    });
    fc.assert(
      fc.property(legacyIdArb, ({ number, birthDate }) => {
        const result = parseIdNumber(number);
        if (!result.ok) throw new Error(result.error);
        expect(result.value.number).toHaveLength(18);
        expect(hasValidCheckDigit(result.value.number)).toBe(true);
        expect(result.value.birthDate).toBe(birthDate);
        expect(result.value.number.slice(0, 6)).toBe(number.slice(0, 6));
        expect(parseIdNumber(result.value.number)).toEqual(result);
      }),
    );
  });

  it('rejects impossible birth dates even with a correct check digit', () => {
    const withCheck = (body: string) => body + gb11643CheckDigit(body);
    expect(parseIdNumber(withCheck('41030219490230001'))).toEqual({
      ok: false,
      error: 'id_bad_birth_date',
    });
    expect(parseIdNumber(withCheck('41030218991231001'))).toEqual({
      ok: false,
      error: 'id_bad_birth_date',
    });
    expect(parseIdNumber(withCheck('41030220000229001'))).toMatchObject({ ok: true });
    expect(parseIdNumber(withCheck('41030219000229001'))).toEqual({
      ok: false,
      error: 'id_bad_birth_date',
    });
    expect(
      parseIdNumber(withCheck('41030220300101001'), 'resident_id', { today: '2018-07-01' }),
    ).toEqual({
      ok: false,
      error: 'id_bad_birth_date',
    });
  });

  it('rejects bad regions, formats and empty input without throwing', () => {
    const withCheck = (body: string) => body + gb11643CheckDigit(body);
    expect(parseIdNumber(withCheck('99030219490101001'), 'resident_id')).toEqual({
      ok: false,
      error: 'id_bad_region',
    });
    expect(parseIdNumber(withCheck('00030219490101001'))).toEqual({
      ok: false,
      error: 'id_bad_region',
    });
    expect(parseIdNumber('   ')).toEqual({ ok: false, error: 'id_empty' });
    expect(parseIdNumber('4103021949010100')).toEqual({ ok: false, error: 'id_bad_format' });
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(undefined, 'resident_id', 'passport', 'tw_travel_permit' as const),
        (s, type) => {
          const result = parseIdNumber(s, type);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});

describe('other documents', () => {
  const withCheck = (body: string) => body + gb11643CheckDigit(body);

  it('recognises HK/MO/TW residence permits by their address code', () => {
    const hk = withCheck('81000019600101001');
    expect(parseIdNumber(hk)).toMatchObject({
      ok: true,
      value: { type: 'hk_residence_permit', birthDate: '1960-01-01' },
    });
    expect(parseIdNumber(withCheck('82000019600101002'))).toMatchObject({
      ok: true,
      value: { type: 'mo_residence_permit' },
    });
    expect(parseIdNumber(withCheck('83000019600101003'))).toMatchObject({
      ok: true,
      value: { type: 'tw_residence_permit' },
    });
    expect(parseIdNumber(hk, 'resident_id')).toEqual({
      ok: false,
      error: 'id_wrong_document_type',
    });
    expect(parseIdNumber(hk, 'mo_residence_permit')).toEqual({ ok: false, error: 'id_bad_region' });
  });

  it('parses travel permits, foreign permanent residence IDs and passports', () => {
    expect(parseIdNumber('h12345678')).toEqual({
      ok: true,
      value: { type: 'hk_mo_travel_permit', number: 'H12345678' },
    });
    expect(parseIdNumber('M1234567890', 'hk_mo_travel_permit')).toMatchObject({ ok: true });
    expect(parseIdNumber('X12345678', 'hk_mo_travel_permit')).toEqual({
      ok: false,
      error: 'id_bad_format',
    });
    expect(parseIdNumber('12345678', 'tw_travel_permit')).toMatchObject({ ok: true });
    expect(parseIdNumber('1234567890(b)', 'tw_travel_permit')).toMatchObject({
      ok: true,
      value: { number: '1234567890(B)' },
    });
    expect(parseIdNumber('12345678')).toEqual({ ok: false, error: 'id_bad_format' });
    expect(parseIdNumber('usa310155010101')).toEqual({
      ok: true,
      value: { type: 'foreign_permanent_residence', number: 'USA310155010101' },
    });
    expect(parseIdNumber(withCheck('93110019650315011'))).toMatchObject({
      ok: true,
      value: { type: 'foreign_permanent_residence', birthDate: '1965-03-15', sex: 'male' },
    });
    expect(parseIdNumber('e 1234 5678', 'passport')).toEqual({
      ok: true,
      value: { type: 'passport', number: 'E12345678' },
    });
    expect(parseIdNumber('E1234', 'passport')).toMatchObject({ ok: true });
    expect(parseIdNumber('E12#45678', 'passport')).toEqual({ ok: false, error: 'id_bad_format' });
  });
});
