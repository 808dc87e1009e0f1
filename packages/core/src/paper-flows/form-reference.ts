import { createHmac, timingSafeEqual } from 'node:crypto';

// Printed as a QR code on the offsite form: names the record without the ID number, and cannot be
// forged or altered because it carries an HMAC under a server secret.
const PREFIX = 'LCF1';

const mac = (secret: string, pensionerId: string, year: number): string =>
  createHmac('sha256', secret)
    .update(`offsite-form|${pensionerId}|${year}`)
    .digest('base64url')
    .slice(0, 22);

/** The reference printed on a person's form for a campaign year. */
export const offsiteFormReference = (secret: string, pensionerId: string, year: number): string =>
  `${PREFIX}.${year}.${pensionerId}.${mac(secret, pensionerId, year)}`;

const SHAPE = /^LCF1\.(\d{4})\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{22})$/;

/** The person and year a reference names, or null when it is malformed or not ours. */
export const readOffsiteFormReference = (
  secret: string,
  reference: string,
): { pensionerId: string; year: number } | null => {
  const m = SHAPE.exec(reference.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const pensionerId = m[2]!;
  const text = new TextEncoder();
  const expected = text.encode(mac(secret, pensionerId, year));
  const given = text.encode(m[3]);
  return timingSafeEqual(expected, given) ? { pensionerId, year } : null;
};
