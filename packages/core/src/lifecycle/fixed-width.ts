// Paying banks read fixed-width files encoded in GBK, where a Chinese character takes two bytes
// and so two columns. Widths here are GBK byte counts, so the caller can encode the text as GBK
// and every record keeps its length. Characters outside the BMP take four bytes in GB 18030.

/** Bytes `text` takes in GBK / GB 18030. */
export const gbkWidth = (text: string): number => {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    width += cp < 0x80 ? 1 : cp > 0xffff ? 4 : 2;
  }
  return width;
};

/** Left-aligned text padded with spaces to `width` bytes, cut at a character boundary. */
export const padText = (text: string, width: number): string => {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = gbkWidth(ch);
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out + ' '.repeat(width - used);
};

/** A non-negative integer right-aligned with zeros; refuses values that do not fit. */
export const padNumber = (value: number, width: number): string => {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`not a non-negative integer: ${value}`);
  }
  const digits = String(value);
  if (digits.length > width) throw new RangeError(`${value} does not fit in ${width} digits`);
  return digits.padStart(width, '0');
};
