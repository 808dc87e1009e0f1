import type { DomainErrorCode } from '../errors.ts';

/** The subset of domain error codes that document-number parsing can return. */
export type IdNumberError = Extract<
  DomainErrorCode,
  | 'id_empty'
  | 'id_bad_format'
  | 'id_bad_check_digit'
  | 'id_bad_region'
  | 'id_bad_birth_date'
  | 'id_wrong_document_type'
>;
