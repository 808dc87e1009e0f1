// Crockford's base32: no I, L, O or U, so a number read aloud or typed from a receipt cannot be
// confused (1/I/L, 0/O) and spells no words.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const CERTIFICATE_PREFIX = /^[A-Z]{1,6}$/;

/**
 * `LY2018-7K3M-Q9XD`: the jurisdiction's prefix, the campaign year and 40 random bits. Random, not
 * sequential, so a number reveals nothing about other people; the database's unique constraint
 * catches the rare collision and the caller draws again.
 */
export const formatCertificateNumber = (
  prefix: string,
  year: number,
  random: Uint8Array,
): string => {
  if (!CERTIFICATE_PREFIX.test(prefix)) throw new RangeError('certificate prefix: 1-6 letters A-Z');
  if (random.length < 8) throw new RangeError('certificate numbers need 8 random bytes');
  const chars = Array.from(random.subarray(0, 8), (b) => ALPHABET[b & 31]!).join('');
  return `${prefix}${year}-${chars.slice(0, 4)}-${chars.slice(4)}`;
};

export const CERTIFICATE_NUMBER = /^[A-Z]{1,6}\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export const isCertificateNumber = (value: string): boolean => CERTIFICATE_NUMBER.test(value);
