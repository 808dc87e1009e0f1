import type { DomainError } from '../errors.ts';
import { validateName } from '../field-validators.ts';
import { ID_DOCUMENT_TYPES, parseIdNumber, type IdDocumentType } from '../id-number/index.ts';
import { err, ok, type Result } from '../result.ts';

/** How the request reached the counter: the person themself, or a proxy on their behalf. */
export const INFO_CHANGE_CHANNELS = ['in_person', 'proxy'] as const;
export type InfoChangeChannel = (typeof INFO_CHANGE_CHANNELS)[number];

/**
 * Documents a clerk ticks off. The reference process names the pensioner's own ID at the
 * agency, and for a proxy "their own ID and a copy of every page of the pensioner's ID or
 * passport (or HK/Macao resident card)". A new identity document is needed when the number
 * itself is corrected; other evidence (a bank's account letter, a household register) is
 * recorded when shown but not demanded.
 */
export const INFO_CHANGE_DOCUMENTS = [
  'pensioner_id_original',
  'pensioner_id_copy_all_pages',
  'proxy_id_original',
  'new_id_document',
  'bank_account_proof',
  'household_register',
] as const;
export type InfoChangeDocument = (typeof INFO_CHANGE_DOCUMENTS)[number];

/** The documents required for a channel, plus the new document when the number changes. */
export const requiredDocuments = (
  channel: InfoChangeChannel,
  identityChange: boolean,
): InfoChangeDocument[] => [
  ...(channel === 'in_person'
    ? (['pensioner_id_original'] as const)
    : (['proxy_id_original', 'pensioner_id_copy_all_pages'] as const)),
  ...(identityChange ? (['new_id_document'] as const) : []),
];

export type ProxyInput = { name: string; idType: string; idNumber: string };
export type Proxy = { name: string; idType: IdDocumentType; idNumber: string };

/** Checks the channel's documents were presented and, for a proxy, who they are. */
export const checkPresentation = (
  input: {
    channel: InfoChangeChannel;
    documents: readonly InfoChangeDocument[];
    proxy: ProxyInput | null;
    identityChange: boolean;
  },
  today?: string,
): Result<{ proxy: Proxy | null; documents: InfoChangeDocument[] }, DomainError[]> => {
  const errors: DomainError[] = [];
  const presented = new Set(input.documents);
  const missing = requiredDocuments(input.channel, input.identityChange).filter(
    (d) => !presented.has(d),
  );
  if (missing.length > 0) errors.push({ code: 'documents_incomplete', field: 'documents' });
  let proxy: Proxy | null = null;
  if (input.channel === 'proxy') {
    if (!input.proxy) {
      errors.push({ code: 'field_required', field: 'proxy' });
    } else {
      const name = validateName(input.proxy.name);
      if (!name.ok) errors.push({ code: name.error, field: 'proxy.name' });
      const type = input.proxy.idType;
      if (!(ID_DOCUMENT_TYPES as readonly string[]).includes(type)) {
        errors.push({ code: 'value_not_allowed', field: 'proxy.idType' });
      } else {
        const id = parseIdNumber(
          input.proxy.idNumber,
          type as IdDocumentType,
          today ? { today } : {},
        );
        if (!id.ok) errors.push({ code: id.error, field: 'proxy.idNumber' });
        else if (name.ok)
          proxy = { name: name.value, idType: id.value.type, idNumber: id.value.number };
      }
    }
  }
  if (errors.length > 0) return err(errors);
  // Kept in checklist order so the record reads the same whatever order the boxes were ticked.
  const documents = INFO_CHANGE_DOCUMENTS.filter((d) => presented.has(d));
  return ok({ proxy, documents });
};
