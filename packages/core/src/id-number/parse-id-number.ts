import { err, type Result } from '../result.ts';
import type { IdDocument, IdDocumentType } from './document-types.ts';
import type { IdNumberError } from './id-number-error.ts';
import { normaliseDocumentNumber } from './normalise.ts';
import {
  RESIDENCE_PERMIT_PREFIXES,
  parseForeignPermanentResidence,
  parseResidencePermit,
  parseResidentId,
  type IdParseOptions,
} from './resident-id.ts';
import { parseHkMoTravelPermit, parsePassport, parseTwTravelPermit } from './travel-documents.ts';

export type IdNumberResult = Result<IdDocument, IdNumberError>;

/**
 * Parses and normalises a document number. With a `type`, the number must be of that type;
 * without one, the type is inferred from the number's shape for the unambiguous layouts
 * (resident ID 18 or 15, residence permits, foreign permanent residence, HK/MO travel permit).
 * Passports and Taiwan travel permits need an explicit type. Never throws on bad input.
 */
export const parseIdNumber = (
  input: string,
  type?: IdDocumentType,
  options: IdParseOptions = {},
): IdNumberResult => {
  const number = normaliseDocumentNumber(input);
  if (number === '') return err('id_empty');
  switch (type ?? inferType(number)) {
    case 'resident_id':
      return parseResidentId(number, options);
    case 'hk_residence_permit':
      return parseResidencePermit('hk_residence_permit', number, options);
    case 'mo_residence_permit':
      return parseResidencePermit('mo_residence_permit', number, options);
    case 'tw_residence_permit':
      return parseResidencePermit('tw_residence_permit', number, options);
    case 'foreign_permanent_residence':
      return parseForeignPermanentResidence(number, options);
    case 'hk_mo_travel_permit':
      return parseHkMoTravelPermit(number);
    case 'tw_travel_permit':
      return parseTwTravelPermit(number);
    case 'passport':
      return parsePassport(number);
    case undefined:
      return err('id_bad_format');
  }
};

const inferType = (number: string): IdDocumentType | undefined => {
  if (/^\d{17}[\dX]$/.test(number)) {
    const permit = RESIDENCE_PERMIT_PREFIXES[number.slice(0, 6)];
    if (permit !== undefined) return permit;
    return number[0] === '9' ? 'foreign_permanent_residence' : 'resident_id';
  }
  if (/^\d{15}$/.test(number)) return 'resident_id';
  if (/^[HM]\d/.test(number)) return 'hk_mo_travel_permit';
  if (/^[A-Z]{3}\d{12}$/.test(number)) return 'foreign_permanent_residence';
  return undefined;
};
