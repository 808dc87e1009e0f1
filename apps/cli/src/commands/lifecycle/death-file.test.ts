import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdCheckDigit } from '@lifecert/db';
import { normaliseDate, readDeathFile } from './death-file.ts';

const validId = (body17: string) => `${body17}${residentIdCheckDigit(body17)}`;

describe('death-registration file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lifecert-deaths-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts the date layouts registries export', () => {
    expect(normaliseDate('2018-08-20')).toBe('2018-08-20');
    expect(normaliseDate('2018/8/2')).toBe('2018-08-02');
    expect(normaliseDate('20180820')).toBe('2018-08-20');
    expect(normaliseDate('2018-02-30')).toBeNull();
  });

  it('reads a GBK file with Chinese headers and reports bad rows by line only', async () => {
    const a = validId('41030219430101042');
    const b = validId('41030319500505123');
    const text = `身份证号码,死亡日期\r\n${a.toLowerCase()},2018/9/10\r\n${b},not a date\r\n12345,2018-01-01\r\n`;
    const file = path.join(dir, 'deaths.csv');
    await writeFile(file, iconv.encode(text, 'gbk'));
    const parsed = await readDeathFile(file);
    expect(parsed.rows).toEqual([{ idNumber: a.toUpperCase(), dateOfDeath: '2018-09-10' }]);
    expect(parsed.lines).toEqual([2]);
    expect(parsed.rejected).toEqual([
      { line: 3, field: 'date_of_death' },
      { line: 4, field: 'id_number' },
    ]);
  });

  it('refuses a file without the two named columns', async () => {
    const file = path.join(dir, 'no-header.csv');
    await writeFile(file, 'a,b\n1,2\n');
    await expect(readDeathFile(file)).rejects.toThrow(/id_number and date_of_death/);
  });
});
