import type { DomainError } from './errors.ts';
import {
  validateCode,
  validateIsoDate,
  validateMobile,
  validateName,
  validateOneOf,
  validateText,
  type FieldResult,
} from './field-validators.ts';
import { ID_DOCUMENT_TYPES, parseIdNumber, type IdDocumentType } from './id-number/index.ts';
import { err, ok, type Result } from './result.ts';

export const PENSIONER_CATEGORIES = [
  'enterprise_retiree',
  'flexible_retiree',
  'enterprise_survivor',
  'institution_retiree',
] as const;
export type PensionerCategory = (typeof PENSIONER_CATEGORIES)[number];

/** enterprise employee basic pension / government and public institution pension */
export const INSURANCE_SCHEMES = ['enterprise_employee', 'public_institution'] as const;
export type InsuranceScheme = (typeof INSURANCE_SCHEMES)[number];

export const BENEFIT_STATUSES = ['active', 'suspended', 'terminated'] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

/** local = in the jurisdiction; elsewhere = elsewhere in mainland China; abroad includes HK/MO/TW */
export const RESIDENCES = ['local', 'elsewhere', 'abroad'] as const;
export type Residence = (typeof RESIDENCES)[number];

export type Pensioner = {
  id: string;
  idType: IdDocumentType;
  /** normalised by parseIdNumber; unique */
  idNumber: string;
  name: string;
  category: PensionerCategory;
  scheme: InsuranceScheme;
  /** GB/T 2260 code of a district in the profile */
  districtCode: string;
  /** code of a paying bank in the profile */
  payingBankCode: string;
  /** opaque reference to the account at the bank, never a full card number */
  bankAccountRef: string;
  /** the former employer's organisation, when it is registered */
  employerOrgId: string | null;
  /** YYYY-MM-DD, the date monthly benefits began */
  benefitsStart: string;
  residence: Residence;
  /**
   * abroad: ISO 3166-1 alpha-2 (HK, MO, TW included), required;
   * elsewhere: optional GB/T 2260 code of the place of residence; local: null
   */
  residenceRegion: string | null;
  contactName: string | null;
  mobile: string | null;
  address: string | null;
  benefitStatus: BenefitStatus;
};

/** What an import row or a form supplies; strings as typed, validated by validatePensioner. */
export type PensionerInput = {
  idType?: string;
  idNumber: string;
  name: string;
  category: string;
  scheme: string;
  districtCode: string;
  payingBankCode: string;
  bankAccountRef: string;
  employerOrgId?: string | null;
  benefitsStart: string;
  residence: string;
  residenceRegion?: string | null;
  contactName?: string | null;
  mobile?: string | null;
  address?: string | null;
  benefitStatus?: string;
};

/** The parts of the jurisdiction profile that pensioner data is checked against. */
export type PensionerRules = {
  districtCodes: ReadonlySet<string>;
  bankCodes: ReadonlySet<string>;
  /** Shanghai date (YYYY-MM-DD) used to reject future birth dates */
  today?: string;
};

export type PensionerFields = Omit<Pensioner, 'id'>;

const ISO_REGION = /^[A-Z]{2}$/;
const GB2260_CODE = /^\d{6}$/;
const ADDRESS_MAX = 200;
const ACCOUNT_REF_MAX = 64;

/**
 * Validates and normalises every field; returns all field errors at once so a form or an import
 * report can show them together.
 */
export const validatePensioner = (
  input: PensionerInput,
  rules: PensionerRules,
): Result<PensionerFields, DomainError[]> => {
  const errors: DomainError[] = [];
  const take = <T>(field: string, result: FieldResult<T>): T | undefined => {
    if (result.ok) return result.value;
    errors.push({ code: result.error, field });
    return undefined;
  };
  const optional = (field: string, value: string | null | undefined, check: typeof validateText) =>
    value === null || value === undefined || value.trim() === ''
      ? null
      : (take(field, check(value, ADDRESS_MAX)) ?? null);

  const idType = take('idType', validateOneOf(input.idType ?? 'resident_id', ID_DOCUMENT_TYPES));
  const id = idType === undefined ? undefined : parseIdNumber(input.idNumber, idType, rules);
  if (id !== undefined && !id.ok) errors.push({ code: id.error, field: 'idNumber' });
  const residence = take('residence', validateOneOf(input.residence, RESIDENCES));
  const residenceRegion = checkRegion(residence, input.residenceRegion, errors);

  const fields = {
    idType,
    idNumber: id?.ok === true ? id.value.number : undefined,
    name: take('name', validateName(input.name)),
    category: take('category', validateOneOf(input.category, PENSIONER_CATEGORIES)),
    scheme: take('scheme', validateOneOf(input.scheme, INSURANCE_SCHEMES)),
    districtCode: take('districtCode', validateCode(input.districtCode, rules.districtCodes)),
    payingBankCode: take('payingBankCode', validateCode(input.payingBankCode, rules.bankCodes)),
    bankAccountRef: take('bankAccountRef', validateText(input.bankAccountRef, ACCOUNT_REF_MAX)),
    employerOrgId: input.employerOrgId ?? null,
    benefitsStart: take('benefitsStart', validateIsoDate(input.benefitsStart)),
    residence,
    residenceRegion,
    contactName: optional('contactName', input.contactName, (v) => validateName(v)),
    mobile: optional('mobile', input.mobile, (v) => validateMobile(v)),
    address: optional('address', input.address, validateText),
    benefitStatus: take(
      'benefitStatus',
      validateOneOf(input.benefitStatus ?? 'active', BENEFIT_STATUSES),
    ),
  };
  if (errors.length > 0) return err(errors);
  // Every undefined above pushed an error, so past this point all fields are present.
  return ok(fields as PensionerFields);
};

const checkRegion = (
  residence: Residence | undefined,
  region: string | null | undefined,
  errors: DomainError[],
): string | null => {
  const value = region?.trim().toUpperCase() ?? '';
  if (residence === 'abroad') {
    if (value === '') errors.push({ code: 'residence_region_required', field: 'residenceRegion' });
    else if (!ISO_REGION.test(value)) {
      errors.push({ code: 'residence_region_invalid', field: 'residenceRegion' });
    }
    return value;
  }
  if (residence === 'elsewhere' && value !== '') {
    if (!GB2260_CODE.test(value)) {
      errors.push({ code: 'residence_region_invalid', field: 'residenceRegion' });
    }
    return value;
  }
  return null;
};
