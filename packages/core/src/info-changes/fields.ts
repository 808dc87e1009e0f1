import type { DomainError } from '../errors.ts';
import {
  validateCode,
  validateMobile,
  validateName,
  validateOneOf,
  validateText,
  type FieldResult,
} from '../field-validators.ts';
import { ID_DOCUMENT_TYPES, parseIdNumber, type IdDocumentType } from '../id-number/index.ts';
import { RESIDENCES, type PensionerRules } from '../pensioner.ts';

/**
 * Basic information a counter may correct. Entitlement data (category, scheme, district,
 * benefit start and status) comes from the pension records and is not changed here.
 */
export const INFO_CHANGE_FIELDS = [
  'name',
  'idType',
  'idNumber',
  'contactName',
  'mobile',
  'address',
  'residence',
  'residenceRegion',
  'payingBankCode',
  'bankAccountRef',
] as const;
export type InfoChangeField = (typeof INFO_CHANGE_FIELDS)[number];

/** The current values of the changeable fields; null where the registry holds nothing. */
export type InfoValues = Record<InfoChangeField, string | null>;

export type FieldChange = { field: InfoChangeField; old: string | null; new: string | null };

const ISO_REGION = /^[A-Z]{2}$/;
const GB2260_CODE = /^\d{6}$/;
const ADDRESS_MAX = 200;
const ACCOUNT_REF_MAX = 64;

/** Fields that must change together: a number is only valid for its type, a region for its residence. */
const COUPLED: Partial<Record<InfoChangeField, InfoChangeField>> = {
  idType: 'idNumber',
  idNumber: 'idType',
  residence: 'residenceRegion',
  residenceRegion: 'residence',
};

const optionalText = (
  v: string | null,
  check: (s: string) => FieldResult,
): FieldResult<string | null> =>
  v === null || v.trim() === '' ? { ok: true, value: null } : check(v);

/**
 * The requested values merged over the current ones, each changed field validated with the
 * registry's own field rules, and the list of fields whose normalised value differs.
 */
export const diffInfoChange = (
  current: InfoValues,
  requested: Partial<InfoValues>,
  rules: PensionerRules,
): { ok: true; changes: FieldChange[] } | { ok: false; errors: DomainError[] } => {
  const touched = new Set<InfoChangeField>();
  for (const f of INFO_CHANGE_FIELDS) {
    if (requested[f] === undefined) continue;
    touched.add(f);
    const partner = COUPLED[f];
    if (partner) touched.add(partner);
  }
  const merged: InfoValues = { ...current };
  for (const f of INFO_CHANGE_FIELDS) {
    const v = requested[f];
    if (v !== undefined) merged[f] = v;
  }
  const errors: DomainError[] = [];
  const next: Partial<InfoValues> = {};
  const take = (field: InfoChangeField, r: FieldResult<string | null>) => {
    if (r.ok) next[field] = r.value;
    else errors.push({ code: r.error, field });
  };
  for (const f of touched) {
    const v = merged[f];
    switch (f) {
      case 'name':
        take(f, validateName(v ?? ''));
        break;
      case 'contactName':
        take(f, optionalText(v, validateName));
        break;
      case 'mobile':
        take(f, optionalText(v, validateMobile));
        break;
      case 'address':
        take(
          f,
          optionalText(v, (s) => validateText(s, ADDRESS_MAX)),
        );
        break;
      case 'bankAccountRef':
        take(
          f,
          optionalText(v, (s) => validateText(s, ACCOUNT_REF_MAX)),
        );
        break;
      case 'payingBankCode':
        take(f, validateCode(v ?? '', rules.bankCodes));
        break;
      case 'residence':
        take(f, validateOneOf(v ?? '', RESIDENCES));
        break;
      case 'idType':
        take(f, validateOneOf(v ?? '', ID_DOCUMENT_TYPES));
        break;
      case 'idNumber': {
        const type = merged.idType ?? '';
        if (!(ID_DOCUMENT_TYPES as readonly string[]).includes(type)) break; // idType reports it
        const id = parseIdNumber(v ?? '', type as IdDocumentType, rules);
        take(f, id.ok ? { ok: true, value: id.value.number } : id);
        break;
      }
      case 'residenceRegion':
        take(f, regionFor(merged.residence, v));
        break;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const changes: FieldChange[] = INFO_CHANGE_FIELDS.filter(
    (f) => touched.has(f) && next[f] !== current[f],
  ).map((f) => ({ field: f, old: current[f], new: next[f] ?? null }));
  if (changes.length === 0) return { ok: false, errors: [{ code: 'info_change_empty' }] };
  return { ok: true, changes };
};

// The same rule as the registry import: abroad needs an ISO region, elsewhere may carry a
// GB/T 2260 code, local has none.
const regionFor = (residence: string | null, input: string | null): FieldResult<string | null> => {
  const value = input?.trim().toUpperCase() ?? '';
  if (residence === 'abroad') {
    if (value === '') return { ok: false, error: 'residence_region_required' };
    return ISO_REGION.test(value)
      ? { ok: true, value }
      : { ok: false, error: 'residence_region_invalid' };
  }
  if (residence === 'elsewhere' && value !== '') {
    return GB2260_CODE.test(value)
      ? { ok: true, value }
      : { ok: false, error: 'residence_region_invalid' };
  }
  return { ok: true, value: null };
};

/** Whether the change touches the identity document, which needs extra care (see docs). */
export const changesIdentity = (changes: readonly FieldChange[]): boolean =>
  changes.some((c) => c.field === 'idNumber' || c.field === 'idType');
