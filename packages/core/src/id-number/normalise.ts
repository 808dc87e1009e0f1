// Plain ASCII without spaces is by far the common case (imports); it skips the costly NFKC pass.
const PLAIN = /^[\x21-\x7e]*$/;

/**
 * Chinese input methods often produce full-width characters (１２３Ｘ), and people paste numbers
 * with spaces; NFKC folds the former to ASCII, then whitespace goes and letters are upper-cased
 * (the reference process asks for the ID's letter in upper case).
 */
export const normaliseDocumentNumber = (input: string): string =>
  PLAIN.test(input)
    ? input.toUpperCase()
    : input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
