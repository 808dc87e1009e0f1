import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadProfile, pensionerRulesFor } from '@lifecert/config';
import type { PensionerRules } from '@lifecert/core';
import {
  createTestDb,
  getPensionerByIdNumber,
  residentIdCheckDigit,
  type TestDb,
} from '@lifecert/db';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../context.ts';
import { writeErrorReport } from './import-report.ts';
import { codeNamesOf, type CodeNames } from './profile-names.ts';
import {
  importExitCode,
  importPensionerFile,
  UnusableInputError,
  type ImportSummary,
} from './import-pensioner-file.ts';

const EXAMPLE = path.join(REPO_ROOT, 'examples/pensioners.csv');
const actor = { kind: 'system', id: 'import-test' } as const;

const residentId = (district: string, birth: string, seq: string) => {
  const body = `${district}${birth}${seq}`;
  return body + residentIdCheckDigit(body);
};
/** The same number with a wrong check digit. */
const withBadCheckDigit = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const counts = async (t: TestDb) => {
  const r = await sql<{ pensioners: number; audit: number; last_update: Date | null }>`
    select (select count(*) from pensioners)::int8 as pensioners,
           (select count(*) from audit_log)::int8 as audit,
           (select max(updated_at) from pensioners) as last_update`.execute(t.db);
  return r.rows[0]!;
};

describe('importPensionerFile', () => {
  let t: TestDb;
  let dir: string;
  let rules: PensionerRules;
  let names: CodeNames;
  const run = (file: string, extra: { dryRun?: boolean } = {}): Promise<ImportSummary> =>
    importPensionerFile(t.db, file, { rules, names, actor, ...extra });

  beforeAll(async () => {
    t = await createTestDb();
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecert-import-'));
    const profile = await loadProfile();
    rules = pensionerRulesFor(profile, '2026-01-01');
    names = codeNamesOf(profile);
  });
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('imports the example file with zero errors, and a re-run changes nothing', async () => {
    const first = await run(EXAMPLE);
    expect(first.errors).toEqual([]);
    expect(first).toMatchObject({ encoding: 'utf8', rows: 20, accepted: 20, inserted: 20 });
    expect(importExitCode(first)).toBe(0);
    const before = await counts(t);
    expect(before.pensioners).toBe(20);

    const again = await run(EXAMPLE);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 20 });
    expect(importExitCode(again)).toBe(0);
    expect(await counts(t)).toEqual(before);
  });

  it('reports each bad row of a GBK file with Chinese headers and imports the rest', async () => {
    const good = [
      residentId('410305', '19500101', '013'),
      residentId('410303', '19510202', '024'),
      residentId('410311', '19520303', '035'),
    ];
    const badCheck = withBadCheckDigit(residentId('410302', '19530404', '046'));
    const twin = residentId('410304', '19540505', '057');
    const repeated = residentId('410306', '19550606', '068');
    const header =
      '证件号码,姓名,人员类别,险种,区县代码,发放银行,银行账号,待遇开始日期,居住地类型,居住地区,待遇状态';
    const row = (
      id: string,
      name: string,
      category = '企业退休人员',
      bank = 'icbc-luoyang',
      district = '410305',
    ) =>
      `${id},${name},${category},企业职工基本养老保险,${district},${bank},****0001,2010/3/1,本地,,正常`;
    const lines = [
      header, // 1
      row(good[0]!, '王一'), // 2
      row(badCheck, '李二'), // 3: bad check digit
      row(good[1]!, '张三', '退休干部'), // 4: unknown category
      row(good[2]!, ' '), // 5: blank name
      row(twin, '赵四'), // 6: conflicting duplicate...
      row(twin, '赵肆'), // 7: ...of line 6
      row(repeated, '钱五'), // 8: identical duplicate...
      row(repeated, '钱五'), // 9: ...merged silently
      `${good[0]!.slice(0, 10)},孙六`, // 10: too few fields
      row(residentId('410302', '19560707', '079'), '周七', '灵活就业退休人员', 'no-such-bank'), // 11
      // 12: valid, with the bank and district named as agency exports do
      row(
        residentId('410381', '19570808', '081').toLowerCase(),
        '吴八',
        '企业遗属',
        '洛阳银行',
        '偃师市',
      ),
    ];
    const file = path.join(dir, 'agency-export.csv');
    await writeFile(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));

    const s = await run(file);
    expect(s.encoding).toBe('gbk');
    expect(s.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [3, 'id_number', 'id_bad_check_digit'],
      [4, 'category', 'value_not_allowed'],
      [5, 'name', 'field_required'],
      [6, 'id_number', 'duplicate_conflicting'],
      [7, 'id_number', 'duplicate_conflicting'],
      [10, '*', 'column_count'],
      [11, 'paying_bank_code', 'value_not_allowed'],
    ]);
    expect(s).toMatchObject({ rows: 11, rejected: 7, merged: 1, accepted: 3, inserted: 3 });
    expect(importExitCode(s)).toBe(2);
    for (const e of s.errors) {
      expect(e.message['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(e.message.en).toMatch(/[a-z]/);
    }

    expect((await getPensionerByIdNumber(t.db, good[0]!))?.name).toBe('王一');
    expect(await getPensionerByIdNumber(t.db, twin)).toBeUndefined();
    expect((await getPensionerByIdNumber(t.db, repeated))?.benefits_start).toBe('2010-03-01');
    const survivor = await getPensionerByIdNumber(t.db, residentId('410381', '19570808', '081'));
    expect(survivor).toMatchObject({
      category: 'enterprise_survivor',
      paying_bank_code: 'bank-of-luoyang',
      district_code: '410381',
    });

    // Neither the report nor the audit log may carry an ID number, valid or not.
    const report = path.join(dir, 'report.json');
    await writeErrorReport(report, s.errors);
    const reportText = await readFile(report, 'utf8');
    expect(JSON.parse(reportText)).toEqual(s.errors);
    const audit = await t.db.selectFrom('audit_log').selectAll().execute();
    const everything = reportText + JSON.stringify(s) + JSON.stringify(audit);
    for (const id of [...good, badCheck, twin, repeated]) {
      expect(everything).not.toContain(id.slice(0, 17));
    }
  });

  it('writes nothing in a dry run', async () => {
    const file = path.join(dir, 'dry.csv');
    const example = await readFile(EXAMPLE, 'utf8');
    const changed = example.replace('王建国', '王建民');
    await writeFile(file, changed);
    const before = await counts(t);
    const s = await run(file, { dryRun: true });
    expect(s).toMatchObject({ dryRun: true, accepted: 20, inserted: 0, updated: 0 });
    expect(await counts(t)).toEqual(before);
  });

  it('reads UTF-8 with a byte order mark, as Excel saves it', async () => {
    const file = path.join(dir, 'bom.csv');
    const example = await readFile(EXAMPLE, 'utf8');
    await writeFile(file, `\uFEFF${example.replace('王建国', '王建军')}`);
    const s = await run(file);
    expect(s).toMatchObject({ encoding: 'utf8', errors: [], updated: 1, unchanged: 19 });
  });

  it('refuses a file without the required columns, importing nothing', async () => {
    const file = path.join(dir, 'no-columns.csv');
    await writeFile(file, 'id_number,name\n410305195001010134,王一\n');
    const before = await counts(t);
    await expect(run(file)).rejects.toThrow(UnusableInputError);
    await expect(run(file)).rejects.toThrow(/category.*scheme/);
    expect(await counts(t)).toEqual(before);
  });
});
