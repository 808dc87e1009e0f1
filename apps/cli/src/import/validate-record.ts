import { validatePensioner, type PensionerInput, type PensionerRules } from '@lifecert/core';
import type { PensionerImportRow } from '@lifecert/db';
import type { ColumnName, PensionerRecord } from './csv-columns.ts';
import { rowError, type RowError } from './row-errors.ts';
import { codeOrName, NO_CODE_NAMES, type CodeNames } from './profile-names.ts';
import { codeFor } from './value-aliases.ts';

export type ValidRecord = {
  /** employerOrgId is still null: employer codes are resolved against the database later. */
  row: PensionerImportRow;
  employerCode: string | null;
};

// validatePensioner names fields in camelCase; the report names the CSV column instead.
const COLUMN_OF_FIELD: Readonly<Record<string, ColumnName>> = {
  idType: 'id_type',
  idNumber: 'id_number',
  name: 'name',
  category: 'category',
  scheme: 'scheme',
  districtCode: 'district_code',
  payingBankCode: 'paying_bank_code',
  bankAccountRef: 'bank_account_ref',
  benefitsStart: 'benefits_start',
  residence: 'residence',
  residenceRegion: 'residence_region',
  contactName: 'contact_name',
  mobile: 'mobile',
  address: 'address',
  benefitStatus: 'benefit_status',
};

/**
 * Spreadsheets write dates as 2015/3/1 or 20150301; the registry stores YYYY-MM-DD. Anything else
 * is left for the date validator to reject.
 */
export const normaliseDate = (value: string): string => {
  const v = value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const loose = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(v);
  if (loose) return `${loose[1]}-${loose[2]!.padStart(2, '0')}-${loose[3]!.padStart(2, '0')}`;
  return v;
};

// Excel users protect long numbers from scientific notation with a leading apostrophe or tab.
const stripTextMarker = (value: string): string => value.replace(/^['\t]/, '');

const blankToUndefined = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value;

export const validateRecord = (
  record: PensionerRecord,
  line: number,
  rules: PensionerRules,
  names: CodeNames = NO_CODE_NAMES,
): { ok: true; value: ValidRecord } | { ok: false; errors: RowError[] } => {
  const coded = (column: ColumnName) => {
    const v = blankToUndefined(record[column]);
    return v === undefined ? undefined : codeFor(column, v);
  };
  const input: PensionerInput = {
    idType: coded('id_type'),
    idNumber: stripTextMarker(record.id_number ?? ''),
    name: record.name ?? '',
    category: coded('category') ?? '',
    scheme: coded('scheme') ?? '',
    districtCode: codeOrName(names.district, record.district_code ?? ''),
    payingBankCode: codeOrName(names.bank, record.paying_bank_code ?? ''),
    bankAccountRef: stripTextMarker(record.bank_account_ref ?? ''),
    employerOrgId: null,
    benefitsStart: normaliseDate(record.benefits_start ?? ''),
    residence: coded('residence') ?? '',
    residenceRegion: blankToUndefined(record.residence_region) ?? null,
    contactName: blankToUndefined(record.contact_name) ?? null,
    mobile: blankToUndefined(record.mobile) ?? null,
    address: blankToUndefined(record.address) ?? null,
    benefitStatus: coded('benefit_status'),
  };
  const result = validatePensioner(input, rules);
  if (!result.ok) {
    return {
      ok: false,
      errors: result.error.map((e) =>
        rowError(line, e.field === undefined ? '*' : (COLUMN_OF_FIELD[e.field] ?? e.field), e.code),
      ),
    };
  }
  const p = result.value;
  const employerCode = blankToUndefined(record.employer_code)?.trim() ?? null;
  return {
    ok: true,
    value: {
      row: {
        idType: p.idType,
        idNumber: p.idNumber,
        name: p.name,
        category: p.category,
        scheme: p.scheme,
        districtCode: p.districtCode,
        payingBankCode: p.payingBankCode,
        bankAccountRef: p.bankAccountRef,
        employerOrgId: null,
        benefitsStart: p.benefitsStart,
        residence: p.residence,
        residenceRegion: p.residenceRegion,
        contactName: p.contactName,
        mobile: p.mobile,
        address: p.address,
        benefitStatus: p.benefitStatus,
      },
      employerCode,
    },
  };
};
