import fc from 'fast-check';
import { gb11643CheckDigit } from './check-digit.ts';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const birthDateArb = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2017-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const provinceArb = fc.constantFrom('11', '13', '31', '41', '44', '65');

/** A valid 18-digit resident ID and the parts it was built from. */
export const residentIdArb = fc
  .record({
    province: provinceArb,
    rest: fc.integer({ min: 0, max: 9999 }),
    birthDate: birthDateArb,
    serial: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, rest, birthDate, serial }) => {
    const body = `${province}${pad(rest, 4)}${birthDate.replaceAll('-', '')}${pad(serial, 3)}`;
    return { number: body + gb11643CheckDigit(body), birthDate, serial };
  });

/** A 15-digit legacy ID (birth years 1900-1999) and its birth date. */
export const legacyIdArb = fc
  .record({
    province: provinceArb,
    rest: fc.integer({ min: 0, max: 9999 }),
    birthDate: birthDateArb.filter((d) => d < '2000-01-01'),
    serial: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, rest, birthDate, serial }) => ({
    number: `${province}${pad(rest, 4)}${birthDate.slice(2).replaceAll('-', '')}${pad(serial, 3)}`,
    birthDate,
  }));
