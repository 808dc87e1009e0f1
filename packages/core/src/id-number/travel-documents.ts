import { err, ok, type Result } from '../result.ts';
import type { IdDocument } from './document-types.ts';
import type { IdNumberError } from './id-number-error.ts';

// Mainland travel permit for Hong Kong and Macao residents: H or M and 8 digits on the 2013
// card, 10 digits on the older booklet.
const HK_MO_TRAVEL_PERMIT = /^[HM]\d{8}(\d{2})?$/;
// Mainland travel permit for Taiwan residents: 8 digits on the 2015 card; the older booklet had
// 10 digits, sometimes followed by a reissue letter in brackets.
const TW_TRAVEL_PERMIT = /^(\d{8}|\d{10}(\([A-Z]\))?)$/;
// Passports vary by issuing state; only the ICAO character set and a sane length are checked.
const PASSPORT = /^[A-Z0-9]{5,20}$/;

export const parseHkMoTravelPermit = (number: string): Result<IdDocument, IdNumberError> =>
  HK_MO_TRAVEL_PERMIT.test(number)
    ? ok({ type: 'hk_mo_travel_permit', number })
    : err('id_bad_format');

export const parseTwTravelPermit = (number: string): Result<IdDocument, IdNumberError> =>
  TW_TRAVEL_PERMIT.test(number) ? ok({ type: 'tw_travel_permit', number }) : err('id_bad_format');

export const parsePassport = (number: string): Result<IdDocument, IdNumberError> =>
  PASSPORT.test(number) ? ok({ type: 'passport', number }) : err('id_bad_format');
