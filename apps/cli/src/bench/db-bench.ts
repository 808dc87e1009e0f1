import { campaignRulesFor, type Profile } from '@lifecert/config';
import { shanghaiDayEnd, summariseCampaign } from '@lifecert/core';
import { benchImport, benchStatus, createTestDb, getCampaignByYear } from '@lifecert/db';
import { statusRows } from '../status-rows.ts';

export type DbBenchResult = {
  engine: 'pglite' | 'postgres';
  rows: number;
  importRowsPerSec: number;
  importSeconds: number;
  reimportSeconds: number;
  statusSeconds: number;
  statusPeoplePerSec: number;
  summary: Record<string, number>;
};

const seconds = (ms: number) => Math.round(ms) / 1000;

/** Imports `rows` synthetic pensioners into a fresh database, then computes a whole campaign's status. */
export async function dbBench(
  engine: 'pglite' | 'postgres',
  rows: number,
  profile: Profile,
  postgresUrl: string,
  log: (line: string) => void,
): Promise<DbBenchResult> {
  const testDb = await createTestDb({
    env: engine === 'postgres' ? { TEST_DATABASE_URL: postgresUrl } : {},
  });
  try {
    log(
      `${engine}: importing ${rows.toLocaleString('en')} synthetic pensioners in one transaction...`,
    );
    const imported = await benchImport(testDb.db, rows);
    // Seeds the 2018 campaign with certifications for ~60% of people (not timed below).
    await benchStatus(testDb.db, 2018);
    const campaign = await getCampaignByYear(testDb.db, 2018);
    if (!campaign) throw new Error('bench campaign missing');
    const rules = campaignRulesFor(profile, 2018);
    log(`${engine}: computing campaign status for everyone...`);
    const t0 = performance.now();
    const summary = await summariseCampaign(
      statusRows(testDb.db, campaign),
      rules,
      shanghaiDayEnd('2018-11-05'),
    );
    const statusMs = performance.now() - t0;
    if (summary.total !== rows)
      throw new Error(`status covered ${summary.total} of ${rows} people`);
    return {
      engine,
      rows,
      importRowsPerSec: imported.rowsPerSec,
      importSeconds: seconds(imported.importMs),
      reimportSeconds: seconds(imported.reimportMs),
      statusSeconds: seconds(statusMs),
      statusPeoplePerSec: Math.round((rows * 1000) / statusMs),
      summary: summary.byStatus,
    };
  } finally {
    await testDb.close();
  }
}
