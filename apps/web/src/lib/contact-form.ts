import type { Contact } from '../api/types.ts';
import { normaliseMobile } from './mobile.ts';

export type ContactErrors = Partial<Record<keyof Contact, 'required' | 'mobileInvalid'>>;

export type ContactCheck = { ok: true; value: Contact } | { ok: false; errors: ContactErrors };

/** The same rules the server applies, checked before sending so the person sees them at once. */
export function checkContact(input: Contact): ContactCheck {
  const errors: ContactErrors = {};
  const contactName = input.contactName.trim();
  const address = input.address.trim();
  if (!contactName) errors.contactName = 'required';
  if (!address) errors.address = 'required';
  const mobile = normaliseMobile(input.mobile);
  if (!input.mobile.trim()) errors.mobile = 'required';
  else if (!mobile) errors.mobile = 'mobileInvalid';
  if (Object.keys(errors).length > 0 || !mobile) return { ok: false, errors };
  return { ok: true, value: { contactName, mobile, address } };
}
