import type { LocalizedText } from '../localized-text.ts';
import { overseasRegionKind, type OverseasRegionKind } from '../overseas-documents.ts';
import { err, ok, type Result } from '../result.ts';

/** The profile's overseas rules, as core needs them. */
export type OverseasRules = {
  countriesWithoutRelations: readonly string[];
  documents: ReadonlyArray<{
    code: string;
    regionKind: OverseasRegionKind;
    issuer: LocalizedText;
    name: LocalizedText;
  }>;
  deliveryMethods: readonly string[];
  /** how many days before receipt a document may have been issued */
  documentMaxAgeDays: number;
};

export type OverseasDocumentType = OverseasRules['documents'][number];

/** The documents accepted from someone living in `region` (ISO 3166-1 alpha-2). */
export const documentTypesForRegion = (
  rules: OverseasRules,
  region: string,
): { regionKind: OverseasRegionKind; documents: OverseasDocumentType[] } => {
  const regionKind = overseasRegionKind(region, rules.countriesWithoutRelations);
  return { regionKind, documents: rules.documents.filter((d) => d.regionKind === regionKind) };
};

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real YYYY-MM-DD date, or null. */
export const epochDay = (isoDate: string): number | null => {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2018-02-30 over to March: a real date reads back the same.
  return new Date(ms).toISOString().slice(0, 10) === isoDate ? ms / DAY_MS : null;
};

export type ValidityError =
  'date_invalid' | 'overseas_document_issued_in_future' | 'overseas_document_too_old';

/**
 * A proof of life says the person was alive when it was issued, so an old one proves little: it
 * must be issued on or before the day it is received, and at most `maxAgeDays` before it.
 */
export const checkIssueDate = (
  issuedOn: string,
  receivedOn: string,
  maxAgeDays: number,
): Result<string, ValidityError> => {
  const issued = epochDay(issuedOn);
  const received = epochDay(receivedOn);
  if (issued === null || received === null) return err('date_invalid');
  if (issued > received) return err('overseas_document_issued_in_future');
  if (received - issued > maxAgeDays) return err('overseas_document_too_old');
  return ok(issuedOn);
};

export type OverseasDocumentInput = {
  /** the person's country or region of residence */
  region: string;
  documentType: string;
  delivery: string;
  issuedOn: string;
  receivedOn: string;
};

export type OverseasDocumentError =
  ValidityError | 'overseas_document_wrong_region' | 'value_not_allowed';

/** Whether a received document is of a kind accepted for the person's region and still valid. */
export const checkOverseasDocument = (
  rules: OverseasRules,
  input: OverseasDocumentInput,
): Result<
  { regionKind: OverseasRegionKind; document: OverseasDocumentType },
  OverseasDocumentError
> => {
  if (!rules.deliveryMethods.includes(input.delivery)) return err('value_not_allowed');
  const known = rules.documents.find((d) => d.code === input.documentType);
  if (!known) return err('value_not_allowed');
  const { regionKind } = documentTypesForRegion(rules, input.region);
  if (known.regionKind !== regionKind) return err('overseas_document_wrong_region');
  const date = checkIssueDate(input.issuedOn, input.receivedOn, rules.documentMaxAgeDays);
  if (!date.ok) return date;
  return ok({ regionKind, document: known });
};
