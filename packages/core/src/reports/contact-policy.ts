/**
 * Masks a mobile number to its first three and last four digits (138****5678): enough for a
 * caller to confirm the person they reach, not enough to phone them.
 */
export const maskMobile = (mobile: string | null): string | null => {
  if (mobile === null) return null;
  const digits = mobile.replace(/\D/g, '');
  if (digits.length < 8) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
};
