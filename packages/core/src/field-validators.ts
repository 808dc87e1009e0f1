import type { DomainErrorCode } from './errors.ts';
import { err, ok, type Result } from './result.ts';
import { isIsoDate } from './shanghai-time.ts';

export type FieldResult<T = string> = Result<T, DomainErrorCode>;

// Letters of any script, combining marks, the middle dot of transliterated minority and foreign
// names (买买提·艾力), and the spaces, hyphens, apostrophes and dots of foreign names.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}·・.' -]*$/u;
const NAME_MAX = 50;

export const validateName = (input: string): FieldResult => {
  const name = input.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[•・]/g, '·');
  if (name === '') return err('field_required');
  if ([...name].length > NAME_MAX || !NAME.test(name)) return err('name_invalid');
  return ok(name);
};

/** Mainland mobile numbers; a +86/0086 prefix, spaces and hyphens are dropped. */
export const validateMobile = (input: string): FieldResult => {
  const digits = input
    .normalize('NFKC')
    .replace(/[\s-]/g, '')
    .replace(/^(\+|00)86/, '');
  if (digits === '') return err('field_required');
  return /^1[3-9]\d{9}$/.test(digits) ? ok(digits) : err('mobile_invalid');
};

export const validateIsoDate = (input: string): FieldResult =>
  isIsoDate(input) ? ok(input) : err('date_invalid');

/** Free text such as addresses: trimmed, required, at most `max` characters. */
export const validateText = (input: string, max: number): FieldResult => {
  const text = input.normalize('NFC').trim();
  if (text === '') return err('field_required');
  return [...text].length > max ? err('field_too_long') : ok(text);
};

export const validateCode = (input: string, allowed: ReadonlySet<string>): FieldResult =>
  allowed.has(input) ? ok(input) : err('value_not_allowed');

export const validateOneOf = <T extends string>(
  input: string,
  allowed: readonly T[],
): FieldResult<T> =>
  (allowed as readonly string[]).includes(input) ? ok(input as T) : err('value_not_allowed');
