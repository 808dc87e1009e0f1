import { err, ok, type Result } from '../result.ts';
import { parseCompactBirthDate } from './birth-date.ts';
import { gb11643CheckDigit, hasValidCheckDigit } from './check-digit.ts';
import type { IdDocument, IdDocumentType, Sex } from './document-types.ts';
import type { IdNumberError } from './id-number-error.ts';

export type IdParseOptions = {
  /** Shanghai calendar date (YYYY-MM-DD); birth dates after it are rejected. */
  today?: string;
};

// GB/T 2260 province-level codes in use for resident IDs (71 = Taiwan, rarely seen).
const PROVINCE_CODES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71'.split(
    ' ',
  ),
);

// Residence permits for Hong Kong, Macao and Taiwan residents (2018) follow the resident ID
// layout with a fixed address code.
export const RESIDENCE_PERMIT_PREFIXES: Readonly<Record<string, IdDocumentType>> = {
  '810000': 'hk_residence_permit',
  '820000': 'mo_residence_permit',
  '830000': 'tw_residence_permit',
};

const FORMAT_18 = /^\d{17}[\dX]$/;
const FORMAT_15 = /^\d{15}$/;

/** Digits 7-14 hold the birth date and digit 17 the sex (odd = male) in every 18-digit layout. */
const decode18 = (
  type: IdDocumentType,
  number: string,
  options: IdParseOptions,
): Result<IdDocument, IdNumberError> => {
  const birthDate = parseCompactBirthDate(number.slice(6, 14), options.today);
  if (birthDate === null) return err('id_bad_birth_date');
  return ok({ type, number, birthDate, sex: sexFromDigit(number.charCodeAt(16)) });
};

const sexFromDigit = (charCode: number): Sex => ((charCode - 48) % 2 === 1 ? 'male' : 'female');

/**
 * An 18-digit resident ID, or a 15-digit legacy one converted to 18 digits (insert the century
 * "19" before the two-digit birth year, then compute the check digit). Input must be normalised.
 */
export const parseResidentId = (
  number: string,
  options: IdParseOptions = {},
): Result<IdDocument, IdNumberError> => {
  if (FORMAT_15.test(number)) {
    const body = `${number.slice(0, 6)}19${number.slice(6)}`;
    return parseResidentId(body + gb11643CheckDigit(body), options);
  }
  if (!FORMAT_18.test(number)) return err('id_bad_format');
  if (!hasValidCheckDigit(number)) return err('id_bad_check_digit');
  if (RESIDENCE_PERMIT_PREFIXES[number.slice(0, 6)] !== undefined) {
    return err('id_wrong_document_type');
  }
  if (!PROVINCE_CODES.has(number.slice(0, 2))) return err('id_bad_region');
  return decode18('resident_id', number, options);
};

/** Residence permits for HK/MO/TW residents: 18 digits, address code 810000/820000/830000. */
export const parseResidencePermit = (
  type: 'hk_residence_permit' | 'mo_residence_permit' | 'tw_residence_permit',
  number: string,
  options: IdParseOptions = {},
): Result<IdDocument, IdNumberError> => {
  if (!FORMAT_18.test(number)) return err('id_bad_format');
  if (!hasValidCheckDigit(number)) return err('id_bad_check_digit');
  if (RESIDENCE_PERMIT_PREFIXES[number.slice(0, 6)] !== type) return err('id_bad_region');
  return decode18(type, number, options);
};

/**
 * Foreign permanent resident ID: the 2017 card is 18 digits starting with 9 and carrying a
 * GB 11643 check digit; the 2004 card is three letters (nationality) and twelve digits, whose
 * two-digit birth year cannot be placed in a century, so no birth date is returned for it.
 */
export const parseForeignPermanentResidence = (
  number: string,
  options: IdParseOptions = {},
): Result<IdDocument, IdNumberError> => {
  if (/^[A-Z]{3}\d{12}$/.test(number)) {
    return ok({ type: 'foreign_permanent_residence', number });
  }
  if (!FORMAT_18.test(number) || number[0] !== '9') return err('id_bad_format');
  if (!hasValidCheckDigit(number)) return err('id_bad_check_digit');
  return decode18('foreign_permanent_residence', number, options);
};
