import { gbkWidth, padNumber, padText } from './fixed-width.ts';

export type BatchKind = 'suspension' | 'resumption';

export type BankFileHeader = {
  kind: BatchKind;
  batchId: string;
  bankCode: string;
  campaignYear: number;
  /** YYYY-MM-DD, Shanghai */
  createdOn: string;
};

export type BankFileItem = {
  /** normalised document number: the bank's key for the account holder */
  idNumber: string;
  name: string;
  accountRef: string;
  districtCode: string;
  monthlyAmountFen: number;
  arrearsMonths: number;
  /** suspension: the monthly amount stopped; resumption: arrears paid back */
  amountFen: number;
};

export type BankFileTotals = { records: number; amountFen: number; monthlyAmountFen: number };

const KIND_CODE: Record<BatchKind, string> = { suspension: 'SUSP', resumption: 'RESM' };

/**
 * The fixed-width layout, in GBK bytes. Every record is RECORD_WIDTH bytes plus CRLF.
 * H: type 1, kind 4, bank code 20, batch id 36, campaign year 4, created YYYYMMDD 8.
 * D: type 1, sequence 8, ID number 18, name 30, account 32, district 6,
 *    monthly amount (fen) 12, arrears months 4, amount (fen) 14.
 * T: type 1, record count 8, total amount (fen) 16, total monthly amount (fen) 16.
 * The trailer's count and sums let the bank check that nothing was lost or altered.
 */
export const FIXED_LAYOUT = {
  header: [1, 4, 20, 36, 4, 8],
  detail: [1, 8, 18, 30, 32, 6, 12, 4, 14],
  trailer: [1, 8, 16, 16],
} as const;
export const RECORD_WIDTH = 125;

export const bankFileTotals = (items: readonly BankFileItem[]): BankFileTotals => ({
  records: items.length,
  amountFen: items.reduce((sum, i) => sum + i.amountFen, 0),
  monthlyAmountFen: items.reduce((sum, i) => sum + i.monthlyAmountFen, 0),
});

const record = (fields: string[]): string => {
  const line = fields.join('');
  return line + ' '.repeat(RECORD_WIDTH - gbkWidth(line));
};

const ymd = (date: string) => date.replaceAll('-', '');

/** The fixed-width file as text (to be encoded as GBK), CRLF line ends. */
export const bankFileFixedWidth = (h: BankFileHeader, items: readonly BankFileItem[]): string => {
  const [, kw, bw, iw, yw, dw] = FIXED_LAYOUT.header;
  const lines = [
    record([
      'H',
      padText(KIND_CODE[h.kind], kw),
      padText(h.bankCode, bw),
      padText(h.batchId, iw),
      padNumber(h.campaignYear, yw),
      padText(ymd(h.createdOn), dw),
    ]),
  ];
  const [, sw, idw, nw, aw, dcw, mw, arw, amw] = FIXED_LAYOUT.detail;
  items.forEach((item, i) => {
    lines.push(
      record([
        'D',
        padNumber(i + 1, sw),
        padText(item.idNumber, idw),
        padText(item.name, nw),
        padText(item.accountRef, aw),
        padText(item.districtCode, dcw),
        padNumber(item.monthlyAmountFen, mw),
        padNumber(item.arrearsMonths, arw),
        padNumber(item.amountFen, amw),
      ]),
    );
  });
  const t = bankFileTotals(items);
  const [, cw, tw, tmw] = FIXED_LAYOUT.trailer;
  lines.push(
    record([
      'T',
      padNumber(t.records, cw),
      padNumber(t.amountFen, tw),
      padNumber(t.monthlyAmountFen, tmw),
    ]),
  );
  return `${lines.join('\r\n')}\r\n`;
};

const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The same records as CSV (UTF-8): H, D and T rows in the fixed-width file's field order. */
export const bankFileCsv = (h: BankFileHeader, items: readonly BankFileItem[]): string => {
  const rows: (string | number)[][] = [
    ['H', KIND_CODE[h.kind], h.bankCode, h.batchId, h.campaignYear, ymd(h.createdOn)],
  ];
  items.forEach((item, i) => {
    rows.push([
      'D',
      i + 1,
      item.idNumber,
      item.name,
      item.accountRef,
      item.districtCode,
      item.monthlyAmountFen,
      item.arrearsMonths,
      item.amountFen,
    ]);
  });
  const t = bankFileTotals(items);
  rows.push(['T', t.records, t.amountFen, t.monthlyAmountFen]);
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
};

/**
 * Reads back a fixed-width file's trailer and recomputes it from the detail records; a bank (or
 * a test) uses this to check a file. Returns null when the layout is broken.
 */
export const checkFixedWidthTotals = (
  text: string,
): { declared: BankFileTotals; computed: BankFileTotals } | null => {
  const lines = text.split('\r\n').filter((l) => l !== '');
  const trailer = lines.at(-1);
  if (!trailer?.startsWith('T') || !lines[0]?.startsWith('H')) return null;
  if (lines.some((l) => gbkWidth(l) !== RECORD_WIDTH)) return null;
  const declared = {
    records: Number(trailer.slice(1, 9)),
    amountFen: Number(trailer.slice(9, 25)),
    monthlyAmountFen: Number(trailer.slice(25, 41)),
  };
  const computed: BankFileTotals = { records: 0, amountFen: 0, monthlyAmountFen: 0 };
  for (const line of lines.slice(1, -1)) {
    if (!line.startsWith('D')) return null;
    // Amounts sit at the end, after the only variable-width (GBK) field: read from the right.
    const tail = line.trimEnd().slice(-30);
    computed.records += 1;
    computed.monthlyAmountFen += Number(tail.slice(0, 12));
    computed.amountFen += Number(tail.slice(16, 30));
  }
  return { declared, computed };
};
