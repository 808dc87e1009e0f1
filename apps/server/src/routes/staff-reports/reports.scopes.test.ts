// Reports: every role but couriers reads them, each inside its scope; full contact details only
// for counter and employer clerks; every pending list view and every export is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-app.ts';
import { ALL_ACCOUNTS, asStaff, type AccountName } from '../staff/test-staff.ts';
import {
  EXPECTED_PENDING,
  EXPECTED_TOTAL,
  seedReportStaffWorld,
  type ReportStaffWorld,
} from './test-report-staff.ts';

let app: TestApp;
let w: ReportStaffWorld;

beforeAll(async () => {
  app = await buildTestApp();
  w = await seedReportStaffWorld(app);
});
afterAll(async () => {
  await app?.close();
});

const get = (account: AccountName | undefined, url: string) =>
  asStaff(app, account && w.tokens[account], 'GET', url);

type Progress = {
  scope: string;
  overall: { total: number; pending: number };
  byDistrict: { key: string; total: number }[];
};
type Pending = {
  total: number;
  contactDetails: string;
  rows: { pensionerId: string; idNumber: string; mobile: string | null; address: string | null }[];
};

const auditRows = (action: string, staffId: string) =>
  app.testDb.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('actor_id', '=', staffId)
    .execute();

const URLS = [
  '/api/staff/reports/progress',
  '/api/staff/reports/progress.csv?table=district',
  '/api/staff/reports/progress.xlsx',
  '/api/staff/reports/pending',
  '/api/staff/reports/pending.csv',
  '/api/staff/reports/pending.xlsx',
];

describe('report routes: who may call them', () => {
  it.each(URLS)('%s answers 401 without a session and 403 to a courier', async (url) => {
    expect((await get(undefined, url)).statusCode).toBe(401);
    expect((await get('courier', url)).statusCode).toBe(403);
  });
});

describe('GET /api/staff/reports/progress', () => {
  it.each(ALL_ACCOUNTS.filter((a) => EXPECTED_TOTAL[a] !== 'forbidden'))(
    '%s sees exactly its scope',
    async (account) => {
      const res = await get(account, '/api/staff/reports/progress');
      expect(res.statusCode).toBe(200);
      const body = res.json<Progress>();
      expect(body.overall.total).toBe(EXPECTED_TOTAL[account]);
      expect(body.byDistrict.reduce((n, d) => n + d.total, 0)).toBe(EXPECTED_TOTAL[account]);
    },
  );

  it('gives a district clerk only its own district, even when asked for another', async () => {
    const west = (await get('westCounter', '/api/staff/reports/progress')).json<Progress>();
    expect(west.scope).toBe('district');
    expect(west.byDistrict.map((d) => d.key)).toEqual(['410302']);
    const asked = (
      await get('westCounter', '/api/staff/reports/progress?district=410303')
    ).json<Progress>();
    expect(asked.overall.total).toBe(0);
  });
});

describe('GET /api/staff/reports/pending', () => {
  it.each(ALL_ACCOUNTS.filter((a) => EXPECTED_PENDING[a] !== 'forbidden'))(
    '%s lists only the pending people of its scope, audited',
    async (account) => {
      const before = (await auditRows('report.pending_viewed', w.staff.staffIds[account])).length;
      const res = await get(account, '/api/staff/reports/pending?pageSize=200');
      expect(res.statusCode).toBe(200);
      const body = res.json<Pending>();
      expect(body.total).toBe(EXPECTED_PENDING[account]);
      expect(body.rows).toHaveLength(EXPECTED_PENDING[account] as number);
      // ID numbers are masked for everyone.
      for (const r of body.rows) expect(r.idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
      const after = await auditRows('report.pending_viewed', w.staff.staffIds[account]);
      expect(after).toHaveLength(before + 1);
    },
  );

  it('shows the full mobile and address to the district clerk, masked to a reviewer', async () => {
    const id = w.report.ids.aPending!;
    const west = (await get('westCounter', '/api/staff/reports/pending')).json<Pending>();
    expect(west.contactDetails).toBe('full');
    expect(west.rows.find((r) => r.pensionerId === id)).toMatchObject({
      mobile: '13812345678',
      address: '测试路1号',
    });
    for (const account of ['reviewer', 'auditor', 'admin', 'bankClerk', 'cityCounter'] as const) {
      const body = (await get(account, '/api/staff/reports/pending?pageSize=200')).json<Pending>();
      const row = body.rows.find((r) => r.pensionerId === id);
      if (account === 'bankClerk') {
        expect(row).toBeUndefined();
        continue;
      }
      expect(body.contactDetails, account).toBe(account === 'cityCounter' ? 'full' : 'masked');
      if (account !== 'cityCounter') {
        expect(row, account).toMatchObject({ mobile: '138****5678', address: null });
      }
    }
  });

  it('refuses a district clerk another district by filter (empty, not an error)', async () => {
    const body = (
      await get('westCounter', '/api/staff/reports/pending?district=410303')
    ).json<Pending>();
    expect(body).toMatchObject({ total: 0, rows: [] });
  });
});

describe('exports', () => {
  it.each(['pending.csv', 'pending.xlsx', 'progress.xlsx', 'progress.csv?table=day'])(
    '%s is audited with who exported what',
    async (path) => {
      const staffId = w.staff.staffIds.eastCounter;
      const before = (await auditRows('report.exported', staffId)).length;
      const res = await get('eastCounter', `/api/staff/reports/${path}`);
      expect(res.statusCode).toBe(200);
      const rows = await auditRows('report.exported', staffId);
      expect(rows).toHaveLength(before + 1);
      const last = rows[rows.length - 1]!;
      expect(last.channel).toBe('staff_console');
      expect(last.details).toMatchObject({
        report: path.startsWith('pending') ? 'pending' : 'progress',
        format: path.includes('xlsx') ? 'xlsx' : 'csv',
        year: 2018,
        scope: 'district',
      });
      if (path.startsWith('pending')) expect(last.details).toMatchObject({ rows: 5 });
      // Who was on the list stays out of the audit chain: counts and codes only.
      const details = JSON.stringify(last.details);
      for (const idNumber of Object.values(w.report.idNumbers)) {
        expect(details).not.toContain(idNumber);
      }
      expect(details).not.toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('a district clerk exports only its district', async () => {
    const csv = (await get('westCounter', '/api/staff/reports/pending.csv')).body;
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 2);
    expect(csv).not.toContain('东区老人');
  });
});
