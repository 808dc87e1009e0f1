// Reports in Debian's Chromium: the progress page with its charts and tables, the XLSX and CSV
// downloads (read back and counted), the pending list and its export; axe on both pages.
import { readFile } from 'node:fs/promises';
import { seedReportWorld } from '@lifecert/db';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESK,
  deskPage,
  logInAsStaff,
  overflowsSideways,
  seriousViolations,
} from './support/staff-browser.ts';
import { startStaffE2eServer, type StaffE2eServer } from './support/staff-server.ts';

/** Clicks a button that downloads, and returns the file's name and bytes. */
const download = async (page: Page, name: string) => {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).first().click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
};

/** The cells of one sheet's rows, by cell reference, numbers as numbers. */
const sheetRows = (xml: string): Record<string, string | number>[] =>
  [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map(([, row]) => {
    const cells: Record<string, string | number> = {};
    for (const [, ref, attrs, body] of row!.matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(.*?)<\/c>/g)) {
      cells[ref!] = attrs!.includes('inlineStr')
        ? body!.replace(/<[^>]+>/g, '')
        : Number(/<v>(.*)<\/v>/.exec(body!)![1]);
    }
    return cells;
  });

describe('report export', { timeout: 120_000 }, () => {
  let server: StaffE2eServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startStaffE2eServer({ face: false });
    await seedReportWorld(server.db);
    ({ browser, page } = await deskPage(server.url));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the progress report with charts beside tables', async () => {
    await logInAsStaff(page, server.url, 'admin');
    await page.getByRole('navigation').getByRole('link', { name: '认证进度' }).click();
    await page.waitForURL('**/staff/reports');
    const overview = page.getByTestId('overview');
    await overview.waitFor();
    expect(await overview.locator('[data-key=required]').textContent()).toBe('10');
    expect(await overview.locator('[data-key=certified]').textContent()).toBe('5');
    expect(await overview.locator('[data-key=doneRate]').textContent()).toBe('60.0%');
    // Every chart is an image with a name, and its numbers are in a table.
    const charts = page.locator('figure.chart svg[role=img]');
    expect(await charts.count()).toBe(4);
    for (const chart of await charts.all()) {
      expect(await chart.isVisible()).toBe(true);
      expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    }
    const row = page.locator('section[aria-labelledby=by-district] tr', { hasText: '老城区' });
    expect(await row.locator('td').allTextContents()).toEqual([
      '6',
      '3',
      '1',
      '1',
      '0',
      '1',
      '1',
      '66.7%',
    ]);
    const counter = page.locator('section[aria-labelledby=by-channel] tr', {
      hasText: '经办窗口',
    });
    expect(await counter.locator('td').allTextContents()).toEqual(['2', '0', '2', '0', '40.0%']);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowsSideways(page)).toBe(false);
    // Half the width is what 200% zoom leaves: charts shrink, tables scroll in their own box.
    await page.setViewportSize({ width: DESK.width / 2, height: DESK.height });
    expect(await overflowsSideways(page)).toBe(false);
    await page.setViewportSize(DESK);
  });

  it('exports every table as XLSX with numeric cells', async () => {
    const { name, bytes } = await download(page, '导出 Excel（全部表格）');
    expect(name).toBe('progress-2018.xlsx');
    const files = unzipSync(new Uint8Array(bytes));
    const sheets = [...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet name="([^"]+)"/g)];
    expect(sheets.map((m) => m[1])).toEqual([
      '按区县',
      '按人员类别',
      '按居住地',
      '按认证渠道',
      '按日',
    ]);
    const districts = sheetRows(strFromU8(files['xl/worksheets/sheet1.xml']!));
    expect(districts[0]).toMatchObject({ A: '区县', B: '应认证人数', C: '已认证', I: '完成率' });
    expect(districts.find((r) => r.A === '老城区')).toMatchObject({ B: 6, C: 3, D: 1, I: 0.6667 });
    expect(districts.find((r) => r.A === '西工区')).toMatchObject({ B: 4, C: 2, E: 2 });
    const channels = sheetRows(strFromU8(files['xl/worksheets/sheet4.xml']!));
    expect(channels.find((r) => r.A === '经办窗口')).toMatchObject({ B: 2, C: 0, D: 2 });
    await page.getByRole('status').filter({ hasText: 'progress-2018.xlsx' }).waitFor();
  });

  it('exports one table as CSV for Excel (BOM, Chinese headers)', async () => {
    const { name, bytes } = await download(page, '导出 CSV: 按区县');
    expect(name).toBe('progress-2018-district.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      '区县,应认证人数,已认证,免于认证,待认证,逾期未认证,已暂停发放,无需认证,完成率,认证率',
    );
    expect(lines).toContain('老城区,6,3,1,1,0,1,1,0.6667,0.5');
  });

  it('lists the people still pending and exports the list', async () => {
    await page.getByRole('link', { name: '查看待认证人员名单' }).click();
    await page.waitForURL('**/staff/reports/pending');
    const results = page.getByTestId('pending-results');
    await results.waitFor();
    expect(await results.locator('tbody tr').count()).toBe(3);
    // An administrator does not phone people: numbers are masked.
    expect(await results.textContent()).toContain('138****5678');
    expect(await seriousViolations(page)).toEqual([]);

    await page.selectOption('#f-category', 'enterprise_survivor');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => results.locator('tbody tr').count()).toBe(1);

    const { name, bytes } = await download(page, '导出 CSV');
    expect(name).toBe('pending-2018.csv');
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('遗属生活费领取人员');
  });
});
