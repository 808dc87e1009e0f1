import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTestDb, residentIdCheckDigit, type TestDb } from '@lifecert/db';
import iconv from 'iconv-lite';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../context.ts';

const BIN = path.join(REPO_ROOT, 'apps/cli/bin/lifecert.js');

type Run = { code: number; stdout: string; stderr: string };

const id = (body: string) => body + residentIdCheckDigit(body);
const goodId = id('41030519500101013');
const otherId = id('41030619600101021');

// The commands end to end, as an operator runs them: arguments, exit codes, stderr, files. Each
// run is a new process opening the database; on an embedded PGlite directory that costs ~15 s a
// run, so these run only against PostgreSQL (CI's second pass sets TEST_DATABASE_URL).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!onPostgres) {
  console.warn('skipping the lifecert CLI process tests: set TEST_DATABASE_URL to run them');
}

describe.runIf(onPostgres)('lifecert import / export commands', () => {
  let t: TestDb;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  const lifecert = async (...args: string[]): Promise<Run> => {
    try {
      const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const f = e as { code: number; stdout: string; stderr: string };
      return { code: f.code, stdout: f.stdout, stderr: f.stderr };
    }
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecert-cli-'));
    t = await createTestDb();
    env = { ...process.env, DATABASE_URL: t.databaseUrl };
    // The shipped profile, whatever the developer's shell says.
    delete env.PROFILE;
  });
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('imports a GBK file with one bad row: exit 2, bilingual summary, full report, no ID numbers', async () => {
    const good = goodId;
    const bad = id('41030319510202024').slice(0, 17) + 'Z';
    const text = [
      '证件号码,姓名,人员类别,险种,区县代码,发放银行,银行账号,待遇开始日期,居住地类型',
      `${good},王一,企业退休人员,企业职工基本养老保险,410305,icbc-luoyang,****0001,2010-03-01,本地`,
      `${bad},李二,企业退休人员,企业职工基本养老保险,410303,icbc-luoyang,****0002,2010-03-01,本地`,
    ].join('\n');
    const file = path.join(dir, 'gbk.csv');
    await writeFile(file, iconv.encode(text, 'gbk'));
    const report = path.join(dir, 'report.csv');

    const r = await lifecert('import', 'pensioners', file, '--report', report, '--progress');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('reading');
    expect(r.stderr).toContain('1 inserted');
    expect(r.stderr).toContain('新增 1 人');
    expect(r.stderr).toMatch(/line 3 .*id_number: id_bad_format/);
    const csv = await readFile(report, 'utf8');
    expect(
      csv.startsWith('\uFEFFline,field,code,message_zh,message_en\r\n3,id_number,id_bad_format,'),
    ).toBe(true);
    for (const out of [r.stdout, r.stderr, csv]) {
      expect(out).not.toContain(good.slice(0, 17));
      expect(out).not.toContain(bad.slice(0, 17));
    }

    const again = await lifecert('import', 'pensioners', file, '--dry-run');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Dry run');
  });

  it('imports a photo folder: exit 2 when a file is not a photo, names masked', async () => {
    const photos = path.join(dir, 'photos');
    await mkdir(photos);
    const jpeg = await sharp({
      create: { width: 32, height: 40, channels: 3, background: { r: 90, g: 80, b: 70 } },
    })
      .jpeg()
      .toBuffer();
    await writeFile(path.join(photos, `${goodId}.jpg`), jpeg);
    await writeFile(path.join(photos, `${otherId}.jpg`), 'text');
    const r = await lifecert('import', 'photos', photos);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('1 stored');
    expect(r.stderr).toContain(`${otherId.slice(0, 3)}*`);
    expect(r.stderr).not.toContain(otherId.slice(3, 16));
  });

  it('exits 1 on unusable input and on an unknown campaign', async () => {
    const file = path.join(dir, 'bad-header.csv');
    await writeFile(file, 'foo,bar\n1,2\n');
    const r = await lifecert('import', 'pensioners', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing required columns.*id_number/);

    const e = await lifecert('export', 'status', '--campaign', '1999');
    expect(e.code).toBe(1);
    expect(e.stderr).toContain('no campaign for 1999');
  });
});
