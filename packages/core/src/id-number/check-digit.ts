// GB 11643-1999 check digit (ISO 7064 MOD 11-2): weights 2^(17-i) mod 11 over the first 17
// digits; the remainder maps to '1','0','X','9',...,'2'.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** `body` must be exactly 17 ASCII digits; callers validate the format first. */
export const gb11643CheckDigit = (body: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
};

/** True when an 18-character number (digits, last may be X) carries the right check digit. */
export const hasValidCheckDigit = (number18: string): boolean =>
  number18.length === 18 && gb11643CheckDigit(number18.slice(0, 17)) === number18[17];
