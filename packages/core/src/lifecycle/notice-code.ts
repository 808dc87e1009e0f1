import { createHmac, timingSafeEqual } from 'node:crypto';

// Scam texts imitate agency reminders. Every real notice carries a short code derived from its
// id with a server secret; the person or a clerk types it in the app and learns whether the
// agency really sent it. Six characters from an alphabet without look-alikes (no 0/O, 1/I/L)
// are easy to read aloud over the phone; 31^6 (8.9e8) codes make guessing a valid one unlikely.

export const NOTICE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const NOTICE_CODE_LENGTH = 6;

/** The code printed in notice `noticeId`. */
export const noticeCode = (secret: string, noticeId: string): string => {
  const mac = createHmac('sha256', secret).update(`notice:${noticeId}`).digest();
  // 48 bits reduced modulo 31^6: the bias (< 1e-5) does not help a guesser.
  let n = mac.readUIntBE(0, 6);
  let code = '';
  for (let i = 0; i < NOTICE_CODE_LENGTH; i++) {
    code += NOTICE_CODE_ALPHABET[n % NOTICE_CODE_ALPHABET.length];
    n = Math.floor(n / NOTICE_CODE_ALPHABET.length);
  }
  return code;
};

const CODE_PATTERN = new RegExp(`^[${NOTICE_CODE_ALPHABET}]{${NOTICE_CODE_LENGTH}}$`);

/** Upper-cases and drops spaces and dashes; null when it cannot be a notice code. */
export const normaliseNoticeCode = (input: string): string | null => {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return CODE_PATTERN.test(code) ? code : null;
};

/** Constant-time comparison, so response times do not leak how much of a code matched. */
export const noticeCodeMatches = (secret: string, noticeId: string, code: string): boolean => {
  const expected = Buffer.from(noticeCode(secret, noticeId));
  const given = Buffer.from(code);
  return expected.length === given.length && timingSafeEqual(expected, given);
};

/**
 * The notice-code key, derived from the server's session secret so no second secret has to be
 * distributed; a dedicated setting can replace it later without changing codes' format.
 */
export const deriveNoticeSecret = (sessionSecret: string): string =>
  createHmac('sha256', sessionSecret).update('lifecert:notice-codes:v1').digest('hex');
