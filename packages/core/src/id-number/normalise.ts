/**
 * Chinese input methods often produce full-width characters (１２３Ｘ), and people paste numbers
 * with spaces; NFKC folds the former to ASCII, then whitespace goes and letters are upper-cased
 * (the reference process asks for the ID's letter in upper case).
 */
export const normaliseDocumentNumber = (input: string): string =>
  input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
