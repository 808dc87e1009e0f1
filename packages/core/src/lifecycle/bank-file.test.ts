import { describe, expect, it } from 'vitest';
import {
  RECORD_WIDTH,
  bankFileCsv,
  bankFileFixedWidth,
  bankFileTotals,
  checkFixedWidthTotals,
  type BankFileHeader,
  type BankFileItem,
} from './bank-file.ts';
import { gbkWidth, padNumber, padText } from './fixed-width.ts';

const header: BankFileHeader = {
  kind: 'suspension',
  batchId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  bankCode: 'ICBC',
  campaignYear: 2018,
  createdOn: '2018-11-05',
};

const item = (i: number, name: string): BankFileItem => ({
  idNumber: `41030219500101${String(i).padStart(3, '0')}X`,
  name,
  accountRef: `****${1000 + i}`,
  districtCode: '410302',
  monthlyAmountFen: 250_000 + i,
  arrearsMonths: i % 4,
  amountFen: 250_000 + i,
});

describe('fixed-width fields', () => {
  it('measures Chinese characters as two GBK bytes', () => {
    expect(gbkWidth('张三A')).toBe(5);
    expect(padText('张三', 6)).toBe('张三  ');
    // Never splits a character: a third one does not fit in 5 bytes.
    expect(padText('欧阳修', 5)).toBe('欧阳 ');
  });

  it('refuses numbers that do not fit instead of truncating them', () => {
    expect(padNumber(42, 5)).toBe('00042');
    expect(() => padNumber(123456, 5)).toThrow(RangeError);
    expect(() => padNumber(-1, 5)).toThrow(RangeError);
  });
});

describe('bank files', () => {
  const items = [
    item(1, '张三'),
    item(2, '欧阳修远之孙子孙孙子孙孙子孙孙子孙'),
    item(3, 'Li, "Lee"'),
  ];

  it('writes records of one width with a trailer carrying count and sums', () => {
    const text = bankFileFixedWidth(header, items);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(items.length + 2);
    for (const line of lines) expect(gbkWidth(line)).toBe(RECORD_WIDTH);
    expect(lines[0]!.startsWith(`HSUSPICBC${' '.repeat(16)}0f8fad5b`)).toBe(true);
    expect(lines[1]!.startsWith('D0000000141030219500101001X张三')).toBe(true);
    const totals = bankFileTotals(items);
    expect(totals).toEqual({ records: 3, amountFen: 750_006, monthlyAmountFen: 750_006 });
    expect(checkFixedWidthTotals(text)).toEqual({ declared: totals, computed: totals });
  });

  it('lets a reader detect an altered amount', () => {
    const text = bankFileFixedWidth(header, items).replace('000000250002', '000000350002');
    const check = checkFixedWidthTotals(text)!;
    expect(check.computed.monthlyAmountFen).not.toBe(check.declared.monthlyAmountFen);
  });

  it('writes the same records as CSV, quoting where needed', () => {
    const csv = bankFileCsv({ ...header, kind: 'resumption' }, items);
    const rows = csv.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('H,RESM,ICBC,0f8fad5b-d9cb-469f-a165-70867728950e,2018,20181105');
    expect(rows[3]).toBe('D,3,41030219500101003X,"Li, ""Lee""",****1003,410302,250003,3,250003');
    expect(rows[4]).toBe('T,3,750006,750006');
  });

  it('writes an empty file with a zero trailer', () => {
    expect(checkFixedWidthTotals(bankFileFixedWidth(header, []))?.declared).toEqual({
      records: 0,
      amountFen: 0,
      monthlyAmountFen: 0,
    });
  });
});
