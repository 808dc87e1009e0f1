import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvFormatError, readCsvRecords } from './read-csv-records.ts';
import { scanFile } from './scan-file.ts';

describe('reading CSV files', () => {
  let dir: string;
  const file = async (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    await writeFile(p, content);
    return p;
  };
  const readAll = async (p: string, encoding: 'utf8' | 'gbk' = 'utf8') => {
    const out = [];
    for await (const r of readCsvRecords(p, encoding)) out.push(r);
    return out;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecert-csv-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('detects GBK even when the first megabytes are plain ASCII', async () => {
    const ascii = 'a,b\r\n'.repeat(400_000);
    const p = await file(
      'late-gbk.csv',
      Buffer.concat([Buffer.from(ascii), iconv.encode('王,李\r\n', 'gbk')]),
    );
    expect((await scanFile(p)).encoding).toBe('gbk');
    const utf8 = await file('utf8.csv', `${ascii}王,李\r\n`);
    expect(await scanFile(utf8)).toMatchObject({
      encoding: 'utf8',
      bytes: Buffer.byteLength(`${ascii}王,李\r\n`),
    });
    const bom = await file('bom.csv', '\uFEFF姓名\n王\n');
    expect((await scanFile(bom)).encoding).toBe('utf8');
  });

  it('numbers records by the line they start on, across quoted newlines and blank lines', async () => {
    const p = await file('lines.csv', 'h1,h2\n"a\nb",c\n\nd,e\n"f",\n');
    expect(await readAll(p)).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['a\nb', 'c'] },
      { line: 5, fields: ['d', 'e'] },
      { line: 6, fields: ['f', ''] },
    ]);
  });

  it('decodes GBK and drops a UTF-8 byte order mark', async () => {
    const gbk = await file('gbk.csv', iconv.encode('姓名,人员类别\n王一,企业退休人员\n', 'gbk'));
    expect((await readAll(gbk, 'gbk')).map((r) => r.fields)).toEqual([
      ['姓名', '人员类别'],
      ['王一', '企业退休人员'],
    ]);
    // A name with a character outside GBK (CJK extension B), as GB 18030 systems write it.
    const rare = await file('gb18030.csv', iconv.encode('姓名\n王𠀀\n', 'gb18030'));
    expect((await readAll(rare, 'gbk'))[1]!.fields).toEqual(['王𠀀']);
    const bom = await file('bom2.csv', '\uFEFFid_number,name\n1,王\n');
    expect((await readAll(bom))[0]!.fields).toEqual(['id_number', 'name']);
  });

  it('stops at an unterminated quote, naming the line after the last good record', async () => {
    const p = await file('broken.csv', 'a,b\n1,2\n"3,4\n5,6\n');
    const error = await readAll(p).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect((error as CsvFormatError).line).toBe(3);
    expect((error as CsvFormatError).message).not.toContain('3,4');
  });
});
