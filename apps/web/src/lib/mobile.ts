/**
 * Mainland mobile numbers, as @lifecert/core's validateMobile: a +86/0086 prefix, spaces and
 * hyphens are dropped; 11 digits starting 13-19. Null when not a mobile number.
 */
export function normaliseMobile(input: string): string | null {
  const digits = input
    .normalize('NFKC')
    .replace(/[\s-]/g, '')
    .replace(/^(\+|00)86/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}
