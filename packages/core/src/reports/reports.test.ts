import { describe, expect, it } from 'vitest';
import { maskMobile } from './contact-policy.ts';
import { tableToCsv, UTF8_BOM } from './csv.ts';
import { buildProgressReport, daysBetween, progressOf, type ProgressCell } from './progress.ts';
import { progressTables } from './report-tables.ts';
import { col, type ReportTable } from './table.ts';
import { columnLetter, xlsxParts } from './xlsx-parts.ts';

const cell = (p: Partial<ProgressCell> & Pick<ProgressCell, 'status' | 'n'>): ProgressCell => ({
  districtCode: '999901',
  category: 'enterprise_retiree',
  residence: 'local',
  channel: null,
  method: null,
  ...p,
});

describe('progressOf', () => {
  it('leaves the not eligible out of the required and counts exempt people as done', () => {
    expect(
      progressOf([
        { status: 'certified', n: 6 },
        { status: 'exempt', n: 2 },
        { status: 'pending', n: 1 },
        { status: 'suspended', n: 1 },
        { status: 'not_eligible', n: 5 },
        { status: 'certified', n: 2 },
      ]),
    ).toEqual({
      total: 17,
      required: 12,
      certified: 8,
      exempt: 2,
      pending: 1,
      overdue: 0,
      suspended: 1,
      notEligible: 5,
      doneRate: 0.8333,
      certifiedRate: 0.6667,
    });
  });

  it('has no rate when nobody is required', () => {
    expect(progressOf([{ status: 'not_eligible', n: 3 }])).toMatchObject({
      required: 0,
      doneRate: null,
      certifiedRate: null,
    });
    expect(progressOf([])).toMatchObject({ total: 0, doneRate: null });
  });
});

describe('buildProgressReport', () => {
  const cells = [
    cell({ status: 'certified', channel: 'counter', method: 'id_check', n: 3 }),
    cell({ status: 'certified', channel: 'counter', method: 'face', n: 1 }),
    cell({
      status: 'certified',
      channel: 'offsite_form',
      method: 'form',
      n: 1,
      districtCode: '999902',
    }),
    cell({ status: 'pending', n: 5, category: 'flexible_retiree' }),
  ];

  it('counts in-person ID checks apart from face certifications per channel', () => {
    const r = buildProgressReport(cells, [], { channels: ['self_service', 'counter'] });
    expect(r.byChannel).toEqual([
      { channel: 'self_service', total: 0, face: 0, idCheck: 0, paper: 0, share: 0 },
      { channel: 'counter', total: 4, face: 1, idCheck: 3, paper: 0, share: 0.8 },
      { channel: 'offsite_form', total: 1, face: 0, idCheck: 0, paper: 1, share: 0.2 },
    ]);
  });

  it('lists groups in the given order, empty ones included, unknown ones after', () => {
    const r = buildProgressReport(cells, [], { districts: ['999902', '999903'] });
    expect(r.byDistrict.map((d) => [d.key, d.total])).toEqual([
      ['999902', 1],
      ['999903', 0],
      ['999901', 9],
    ]);
    expect(r.byCategory.map((d) => d.key)).toEqual(['enterprise_retiree', 'flexible_retiree']);
  });

  it('fills the day series and accumulates it', () => {
    const r = buildProgressReport(
      cells,
      [
        { day: '2026-03-03', channel: 'counter', method: 'id_check', n: 2 },
        { day: '2026-03-01', channel: 'self_service', method: 'face', n: 1 },
        { day: '2026-03-03', channel: 'offsite_form', method: 'form', n: 1 },
      ],
      { dayRange: { from: '2026-02-28', to: '2026-03-03' } },
    );
    expect(r.byDay.map((d) => [d.day, d.total, d.cumulative])).toEqual([
      ['2026-02-28', 0, 0],
      ['2026-03-01', 1, 1],
      ['2026-03-02', 0, 1],
      ['2026-03-03', 3, 4],
    ]);
    expect(r.byDay[3]).toMatchObject({ idCheck: 2, paper: 1, face: 0 });
  });

  it('daysBetween crosses month ends and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(daysBetween('2024-03-02', '2024-03-01')).toEqual([]);
  });
});

const table: ReportTable = {
  name: 't',
  title: { 'zh-CN': '测试', en: 'Test' },
  columns: [
    col('name', '姓名', 'Name'),
    col('n', '人数', 'Count', 'integer'),
    col('r', '比例', 'Rate', 'rate'),
  ],
  rows: [
    { name: '张三, "老张"', n: 3, r: 0.25 },
    { name: '=HYPERLINK("x")', n: -1, r: null },
  ],
};

describe('tableToCsv', () => {
  it('writes a BOM, headers in the language, quoted text, plain numbers and CRLF', () => {
    expect(tableToCsv(table, 'zh-CN')).toBe(
      `${UTF8_BOM}姓名,人数,比例\r\n"张三, ""老张""",3,0.25\r\n"'=HYPERLINK(""x"")",-1,\r\n`,
    );
    expect(tableToCsv(table, 'en').split('\r\n')[0]).toBe(`${UTF8_BOM}Name,Count,Rate`);
  });
});

describe('xlsxParts', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });

  it('writes a bold header row, numeric cells and percentage-formatted rates', () => {
    const parts = xlsxParts([table, { ...table, title: { 'zh-CN': '测试', en: 'Test' } }], 'zh-CN');
    const sheet = parts['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain(
      '<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">姓名</t></is></c>',
    );
    expect(sheet).toContain('<c r="B2" s="2"><v>3</v></c><c r="C2" s="3"><v>0.25</v></c>');
    expect(sheet).toContain('张三, &quot;老张&quot;');
    // An empty rate is an absent cell, not a zero.
    expect(sheet).toContain('<c r="B3" s="2"><v>-1</v></c></row>');
    // Two sheets with the same title get distinct names.
    expect(parts['xl/workbook.xml']).toContain('name="测试"');
    expect(parts['xl/workbook.xml']).toContain('name="测试 2"');
    expect(Object.keys(parts)).toContain('xl/worksheets/sheet2.xml');
  });
});

describe('progressTables', () => {
  it('labels keys in the language and leaves unknown codes as they are', () => {
    const report = buildProgressReport(
      [cell({ status: 'certified', channel: 'counter', method: 'id_check', n: 2 })],
      [],
    );
    const zh = progressTables(report, 'zh-CN', { '999901': { 'zh-CN': '兰亭区', en: 'Lanting' } });
    expect(zh.district.rows[0]).toMatchObject({
      key: '兰亭区',
      required: 2,
      certified: 2,
      doneRate: 1,
    });
    expect(zh.category.rows[0]!.key).toBe('企业退休人员');
    expect(zh.channel.rows[0]).toMatchObject({ channel: '经办窗口', idCheck: 2 });
    const en = progressTables(report, 'en', {});
    expect(en.district.rows[0]!.key).toBe('999901');
    expect(en.channel.columns.map((c) => c.header.en)).toContain('In-person ID check');
  });
});

describe('maskMobile', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('123')).toBe('****');
    expect(maskMobile(null)).toBeNull();
  });
});
