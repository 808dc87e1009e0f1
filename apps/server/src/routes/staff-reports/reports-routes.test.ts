// What the report routes answer: exact counts on the seeded campaign, languages, validation,
// and exports that spreadsheet programs read (BOM in CSV, typed cells in XLSX).
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-app.ts';
import { asStaff } from '../staff/test-staff.ts';
import { seedReportStaffWorld, type ReportStaffWorld } from './test-report-staff.ts';

let app: TestApp;
let w: ReportStaffWorld;

beforeAll(async () => {
  app = await buildTestApp();
  w = await seedReportStaffWorld(app);
});
afterAll(async () => {
  await app?.close();
});

const get = (url: string, account: keyof ReportStaffWorld['tokens'] = 'reviewer') =>
  asStaff(app, w.tokens[account], 'GET', url);

type Group = { key: string; label: string; total: number; pending: number; certified: number };
type Progress = {
  campaign: { year: number; windowStart: string };
  overall: Record<string, number | null>;
  byDistrict: Group[];
  byCategory: Group[];
  byChannel: { channel: string; label: string; total: number; face: number; idCheck: number }[];
  byDay: { day: string; total: number; cumulative: number }[];
};

describe('GET /api/staff/reports/progress', () => {
  it('counts the seeded campaign exactly, with Chinese labels by default', async () => {
    const res = await get('/api/staff/reports/progress');
    expect(res.statusCode).toBe(200);
    const body = res.json<Progress>();
    expect(body.campaign).toMatchObject({ year: 2018, windowStart: '2018-07-01' });
    expect(body.overall).toEqual({
      total: 17,
      required: 14,
      certified: 5,
      exempt: 1,
      pending: 7,
      overdue: 0,
      suspended: 1,
      notEligible: 3,
      doneRate: 0.4286,
      certifiedRate: 0.3571,
    });
    // Every district of the profile is listed, the empty ones at zero.
    const west = body.byDistrict.find((d) => d.key === '410302')!;
    expect(west).toMatchObject({ label: '老城区', total: 9, pending: 2, certified: 3 });
    expect(body.byDistrict.length).toBeGreaterThan(2);
    const counter = body.byChannel.find((c) => c.channel === 'counter')!;
    expect(counter).toMatchObject({ label: '经办窗口', total: 2, idCheck: 2, face: 0 });
    // The series runs from the window's start to today (1 August), gaps included.
    expect(body.byDay[0]!.day).toBe('2018-07-01');
    expect(body.byDay.at(-1)!.day).toBe('2018-08-01');
    expect(body.byDay.find((d) => d.day === '2018-07-06')).toMatchObject({
      total: 3,
      cumulative: 5,
    });
  });

  it('speaks English on request', async () => {
    const body = (await get('/api/staff/reports/progress?lang=en')).json<Progress>();
    expect(body.byCategory.find((c) => c.key === 'enterprise_survivor')!.label).toBe('Survivors');
  });

  it('answers 404 for a year without a campaign and 400 for malformed filters', async () => {
    expect((await get('/api/staff/reports/progress?year=2031')).statusCode).toBe(404);
    for (const url of [
      '/api/staff/reports/progress?year=abc',
      '/api/staff/reports/progress?district=4103',
      '/api/staff/reports/progress.csv',
      '/api/staff/reports/progress.csv?table=people',
      '/api/staff/reports/pending?status=certified',
      '/api/staff/reports/pending?pageSize=0',
      '/api/staff/reports/pending?category=king',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('validation_failed');
    }
  });
});

describe('GET /api/staff/reports/pending', () => {
  type Pending = { total: number; rows: { name: string; status: string; district: string }[] };

  it('pages through the list in a stable order', async () => {
    const first = (await get('/api/staff/reports/pending?pageSize=4')).json<Pending>();
    const second = (await get('/api/staff/reports/pending?pageSize=4&page=2')).json<Pending>();
    expect([first.total, first.rows.length, second.rows.length]).toEqual([7, 4, 3]);
    const names = [...first.rows, ...second.rows].map((r) => r.name);
    expect(new Set(names).size).toBe(7);
  });

  it('filters by status, category and residence', async () => {
    const suspended = (
      await get('/api/staff/reports/pending?status=suspended&residence=abroad')
    ).json<Pending>();
    expect(suspended.rows.map((r) => [r.name, r.status])).toEqual([['报表06', 'suspended']]);
    const both = (await get('/api/staff/reports/pending?status=pending,suspended')).json<Pending>();
    expect(both.total).toBe(8);
    const survivors = (
      await get('/api/staff/reports/pending?category=enterprise_survivor')
    ).json<Pending>();
    expect(survivors.rows.map((r) => r.district)).toEqual(['西工区']);
  });
});

describe('exports', () => {
  it('writes CSV with a BOM and headers in the chosen language', async () => {
    const zh = await get('/api/staff/reports/progress.csv?table=district');
    expect(zh.headers['content-type']).toMatch(/^text\/csv/);
    expect(zh.headers['content-disposition']).toBe(
      'attachment; filename="progress-2018-district.csv"',
    );
    expect(zh.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = zh.body.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '区县,应认证人数,已认证,免于认证,待认证,逾期未认证,已暂停发放,无需认证,完成率,认证率',
    );
    expect(lines).toContain('老城区,7,3,1,2,0,1,2,0.5714,0.4286');
    const en = await get('/api/staff/reports/pending.csv?lang=en');
    expect(en.body.slice(1).split('\r\n')[0]).toBe(
      'Name,ID number,District,Category,Residence,Status,Contact,Mobile,Address',
    );
  });

  it('writes an XLSX workbook with a sheet per table and numeric cells', async () => {
    const res = await get('/api/staff/reports/progress.xlsx');
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '按区县',
      '按人员类别',
      '按居住地',
      '按认证渠道',
      '按日',
    ]);
    const district = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(district).toContain('<t xml:space="preserve">老城区</t>');
    // 老城区: required 7, certified 3, done rate 4/7 as numbers, not text.
    expect(district).toMatch(/<c r="B\d+" s="2"><v>7<\/v><\/c><c r="C\d+" s="2"><v>3<\/v><\/c>/);
    expect(district).toMatch(/<c r="I\d+" s="3"><v>0.5714<\/v><\/c>/);
  });

  it('exports the pending list as XLSX with masked ID numbers', async () => {
    const res = await get('/api/staff/reports/pending.xlsx?district=410302', 'westCounter');
    const sheet = strFromU8(unzipSync(new Uint8Array(res.rawPayload))['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)).toHaveLength(1 + 2);
    expect(sheet).toContain('13812345678');
    for (const idNumber of Object.values(w.report.idNumbers)) expect(sheet).not.toContain(idNumber);
  });
});
