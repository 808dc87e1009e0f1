/**
 * Identity documents a pensioner can be registered under. The 18-digit resident ID is the norm;
 * the others cover people from Hong Kong, Macao, Taiwan and abroad.
 */
export const ID_DOCUMENT_TYPES = [
  'resident_id',
  'hk_mo_travel_permit',
  'tw_travel_permit',
  'hk_residence_permit',
  'mo_residence_permit',
  'tw_residence_permit',
  'foreign_permanent_residence',
  'passport',
] as const;

export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

export type Sex = 'male' | 'female';

/** A normalised document number, with what the number itself encodes when it encodes anything. */
export type IdDocument = {
  type: IdDocumentType;
  number: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  sex?: Sex;
};

export const isIdDocumentType = (value: unknown): value is IdDocumentType =>
  typeof value === 'string' && (ID_DOCUMENT_TYPES as readonly string[]).includes(value);
