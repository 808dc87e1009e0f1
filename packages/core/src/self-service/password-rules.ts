import { timingSafeEqual } from 'node:crypto';
import type { DomainErrorCode } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The reference process's first password: the last six characters of the normalised ID number. */
export const initialPassword = (normalisedIdNumber: string): string => normalisedIdNumber.slice(-6);

/** Constant-time so response times do not reveal how many leading characters were right. */
export const matchesInitialPassword = (normalisedIdNumber: string, password: string): boolean => {
  const expected = utf8(initialPassword(normalisedIdNumber).toUpperCase());
  // A lower-case x typed for the check digit is the same password.
  const given = utf8(password.toUpperCase());
  if (given.length !== expected.length) {
    timingSafeEqual(expected, expected);
    return false;
  }
  return timingSafeEqual(given, expected);
};

export const PASSWORD_MIN = 6;
export const PASSWORD_MAX = 32;

/** A chosen password: 6 to 32 characters and not the well-known initial one. */
export const validateNewPassword = (
  next: string,
  normalisedIdNumber: string,
): Result<string, DomainErrorCode> => {
  const length = [...next].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) return err('password_not_allowed');
  if (matchesInitialPassword(normalisedIdNumber, next)) return err('password_not_allowed');
  return ok(next);
};
