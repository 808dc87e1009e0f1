import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadProfile, pensionerRulesFor } from '@lifecert/config';
import {
  createCampaign,
  createTestDb,
  getPensionerByIdNumber,
  recordCertification,
  type TestDb,
} from '@lifecert/db';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../context.ts';
import { fileSink } from '../import/csv-writer.ts';
import { importPensionerFile } from '../import/import-pensioner-file.ts';
import { CampaignNotFoundError, exportCampaignStatus, STATUS_COLUMNS } from './export-status.ts';

const EXAMPLE = path.join(REPO_ROOT, 'examples/pensioners.csv');
const SCHEMES = ['enterprise_employee', 'public_institution'] as const;

type Line = Record<(typeof STATUS_COLUMNS)[number], string>;
const readCsv = async <T = Line>(file: string): Promise<T[]> =>
  parse<T>(await readFile(file, 'utf8'), { columns: true, bom: true });

describe('exportCampaignStatus', () => {
  let t: TestDb;
  let dir: string;
  const example = () => readCsv<Record<string, string>>(EXAMPLE);

  beforeAll(async () => {
    t = await createTestDb();
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecert-export-'));
    const rules = pensionerRulesFor(await loadProfile(), '2026-01-01');
    await importPensionerFile(t.db, EXAMPLE, { rules, actor: { kind: 'system', id: 'test' } });
  });
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const exportTo = async (name: string, nowMs: number) => {
    const file = path.join(dir, name);
    const sink = fileSink(file);
    const result = await exportCampaignStatus(t.db, sink, {
      year: 2018,
      coveredSchemes: SCHEMES,
      nowMs,
      pageSize: 7,
    });
    await sink.close();
    return { result, rows: await readCsv(file), bytes: await readFile(file) };
  };

  it('refuses a year without a campaign', async () => {
    const file = path.join(dir, 'none.csv');
    const sink = fileSink(file);
    await expect(
      exportCampaignStatus(t.db, sink, { year: 1999, coveredSchemes: SCHEMES, nowMs: 0 }),
    ).rejects.toThrow(CampaignNotFoundError);
    await sink.close();
    // No empty file left behind to be mistaken for an export.
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
  });

  it('round-trips the imported people with the status each one has', async () => {
    const campaign = await createCampaign(t.db, {
      year: 2018,
      window_start: '2018-07-01',
      window_end: '2018-10-31',
      cutoff_date: '2017-12-31',
      exemption_date: '2018-01-01',
    });
    const source = await example();
    const [counterPerson, facePerson] = [source[0]!, source[1]!];
    const idOf = async (idNumber: string) => (await getPensionerByIdNumber(t.db, idNumber))!.id;
    await recordCertification(t.db, {
      pensioner_id: await idOf(counterPerson.id_number!),
      campaign_id: campaign.id,
      channel: 'counter',
      method: 'id_check',
      certified_at: '2018-07-15T10:00:00+08:00',
      certificate_no: 'T-1',
    });
    // A face certification after the exemption date and before the window: exempt.
    await recordCertification(t.db, {
      pensioner_id: await idOf(facePerson.id_number!),
      campaign_id: campaign.id,
      channel: 'self_service',
      method: 'face',
      certified_at: '2018-03-02T09:00:00+08:00',
      certificate_no: 'T-2',
      match_score: 0.9,
    });

    const { result, rows, bytes } = await exportTo(
      'status.csv',
      Date.parse('2018-11-15T00:00:00+08:00'),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(result.rows).toBe(source.length);
    expect(Object.keys(rows[0]!)).toEqual([...STATUS_COLUMNS]);

    const byId = new Map(rows.map((r) => [r.id_number, r]));
    expect([...byId.keys()].sort()).toEqual(source.map((s) => s.id_number).sort());
    for (const s of source) {
      const out = byId.get(s.id_number!)!;
      expect([out.name, out.category, out.district_code, out.residence]).toEqual([
        s.name,
        s.category,
        s.district_code,
        s.residence,
      ]);
      const expected =
        s === counterPerson
          ? 'certified'
          : s === facePerson
            ? 'exempt'
            : s.benefit_status === 'terminated' || s.benefits_start! > '2017-12-31'
              ? 'not_eligible'
              : s.benefit_status === 'suspended'
                ? 'suspended'
                : 'overdue';
      expect(out.status, s.name).toBe(expected);
    }
    const counter = byId.get(counterPerson.id_number!)!;
    expect([counter.channel, counter.method, counter.certified_at]).toEqual([
      'counter',
      'id_check',
      '2018-07-15T10:00:00.000+08:00',
    ]);
    expect(byId.get(facePerson.id_number!)!.status_zh).toBe('免于认证');
    expect(Object.values(result.byStatus).reduce((a, b) => a + b, 0)).toBe(source.length);
  });

  it('gives pending instead of overdue before the deadline', async () => {
    const { rows } = await exportTo('during.csv', Date.parse('2018-08-01T00:00:00+08:00'));
    expect(rows.filter((r) => r.status === 'overdue')).toEqual([]);
    expect(rows.filter((r) => r.status === 'pending').length).toBeGreaterThan(10);
  });
});
