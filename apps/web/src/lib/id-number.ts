// The same rules as @lifecert/core's id-number module, repeated here because the core package
// also holds server-side code (node:crypto) that must not reach the browser bundle. The server
// validates again; this only gives the person an answer before a round trip.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdCheck =
  { ok: true; value: string } | { ok: false; problem: 'format' | 'check_digit' };

/**
 * Normalises what a person types as an ID number: full-width digits and spaces are common with
 * Chinese input methods, and the final x may be typed lower-case.
 */
export function normaliseIdNumber(input: string): string {
  return input.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/** GB 11643-1999 (ISO 7064 MOD 11-2) check digit of the first 17 digits. */
export function checkDigit(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function checkIdNumber(input: string): IdCheck {
  const value = normaliseIdNumber(input);
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'format' };
  if (checkDigit(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'check_digit' };
  return { ok: true, value };
}
