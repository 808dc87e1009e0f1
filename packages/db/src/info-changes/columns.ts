import type { InfoChangeField, InfoValues } from '@lifecert/core';
import type { Pensioner } from '../schema.ts';

/** Which pensioners column holds each changeable field. */
export const INFO_COLUMNS = {
  name: 'name',
  idType: 'id_type',
  idNumber: 'id_number',
  contactName: 'contact_name',
  mobile: 'mobile',
  address: 'address',
  residence: 'residence',
  residenceRegion: 'residence_region',
  payingBankCode: 'paying_bank_code',
  bankAccountRef: 'bank_account_ref',
} as const satisfies Record<InfoChangeField, keyof Pensioner>;

/** The changeable fields of a pensioner row, as the core diff takes them. */
export const infoValuesOf = (p: Pensioner): InfoValues => ({
  name: p.name,
  idType: p.id_type,
  idNumber: p.id_number,
  contactName: p.contact_name,
  mobile: p.mobile,
  address: p.address,
  residence: p.residence,
  residenceRegion: p.residence_region,
  payingBankCode: p.paying_bank_code,
  bankAccountRef: p.bank_account_ref,
});
