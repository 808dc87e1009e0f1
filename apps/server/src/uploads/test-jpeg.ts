// Route tests that stand in for the face engine still send real JPEGs: uploads are cleaned, and
// what is not a whole JPEG is refused before any engine sees it.

/** An 8x8 grey baseline JPEG (sharp, quality 50) without its SOI, which jfifJpeg writes. */
const BODY =
  '/9sAQwAQCwwODAoQDg0OEhEQExgoGhgWFhgxIyUdKDozPTw5Mzg3QEhcTkBEV0U3OFBtUVdfYmdoZz5NcXlwZHhcZWdj' +
  '/9sAQwEREhIYFRgvGhovY0I4QmNjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj' +
  '/8AAEQgACAAIAwEiAAIRAQMRAf/EABQAAQAAAAAAAAAAAAAAAAAAAAD/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEB' +
  'AAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AAAP/9k=';

/**
 * A tiny real JPEG whose JFIF header (kept by cleaning, at bytes 2-17) carries two numbers a
 * stand-in engine can read back: `a` at byte 15 and `b` at byte 17 (the pixel densities).
 */
export function jfifJpeg(a = 1, b = 1): Buffer {
  const jfif = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, a, 0, b, 0, 0];
  return Buffer.concat([Buffer.from([0xff, 0xd8, ...jfif]), Buffer.from(BODY, 'base64')]);
}

/** The same tiny JPEG, for tests that need any valid one. */
export const TINY_JPEG: Buffer = jfifJpeg();
