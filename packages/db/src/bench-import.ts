import { sql, type Kysely } from 'kysely';
import { createCampaign, getCampaignByYear } from './campaigns-repo.ts';
import { importPensioners, vacuumAfterImport } from './import-pensioners.ts';
import type { Database } from './schema.ts';
import { campaignStatusInputs, type StatusInput } from './status-query.ts';
import { syntheticPensioners } from './synthetic-pensioners.ts';

export type ImportBench = {
  rows: number;
  generateMs: number;
  importMs: number;
  rowsPerSec: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** A second import of the same rows, which must change nothing. */
  reimportMs: number;
  /** vacuumAfterImport, run once after the first import. */
  vacuumMs: number;
};

const since = (t0: number) => Math.round(performance.now() - t0);

/**
 * Imports n synthetic pensioners (ids continue after `from`) into a migrated database in one
 * transaction, then imports them again to time the nothing-changed path.
 */
export const benchImport = async (
  db: Kysely<Database>,
  n: number,
  opts: { from?: number; batchSize?: number; reimport?: boolean } = {},
): Promise<ImportBench> => {
  let t0 = performance.now();
  const rows = [...syntheticPensioners(n, opts.from ?? 0)];
  const generateMs = since(t0);
  const importOpts = {
    actor: { kind: 'system' as const, id: 'bench' },
    channel: 'bench',
    ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
  };
  t0 = performance.now();
  const result = await importPensioners(db, rows, importOpts);
  const importMs = since(t0);
  t0 = performance.now();
  await vacuumAfterImport(db);
  const vacuumMs = since(t0);
  let reimportMs = 0;
  if (opts.reimport ?? true) {
    t0 = performance.now();
    const again = await importPensioners(db, rows, importOpts);
    reimportMs = since(t0);
    if (again.inserted + again.updated !== 0) throw new Error('re-import changed rows');
  }
  return {
    rows: n,
    generateMs,
    importMs,
    rowsPerSec: Math.round((n * 1000) / Math.max(importMs, 1)),
    ...result,
    reimportMs,
    vacuumMs,
  };
};

export type StatusBench = {
  people: number;
  pages: number;
  ms: number;
  seededCampaign: boolean;
  seedMs: number;
  certified: number;
};

/**
 * Streams every pensioner's status inputs for the campaign of `year` and hands each to
 * `evaluate` (pass core's status rule to time the whole computation). When the campaign does not
 * exist it is created with certifications for about 60% of pensioners, a third of them by face.
 */
export const benchStatus = async (
  db: Kysely<Database>,
  campaignYear: number,
  evaluate: (input: StatusInput) => unknown = () => undefined,
  opts: { pageSize?: number } = {},
): Promise<StatusBench> => {
  let campaign = await getCampaignByYear(db, campaignYear);
  let seedMs = 0;
  const seededCampaign = !campaign;
  if (!campaign) {
    const t0 = performance.now();
    campaign = await seedBenchCampaign(db, campaignYear);
    await sql`vacuum (analyze) certifications`.execute(db);
    seedMs = since(t0);
  }
  const t0 = performance.now();
  let people = 0;
  let pages = 0;
  let certified = 0;
  for await (const page of campaignStatusInputs(db, campaign, opts)) {
    pages += 1;
    for (const input of page) {
      evaluate(input);
      if (input.certifiedAtMs !== null) certified += 1;
    }
    people += page.length;
  }
  return { people, pages, ms: since(t0), seededCampaign, seedMs, certified };
};

const seedBenchCampaign = async (db: Kysely<Database>, year: number) =>
  db.transaction().execute(async (trx) => {
    const campaign = await createCampaign(trx, {
      year,
      window_start: `${year}-07-01`,
      window_end: `${year}-10-31`,
      cutoff_date: `${year - 1}-12-31`,
      exemption_date: `${year}-01-01`,
      status: 'open',
    });
    // Deterministic choice by id hash: ~60% certified in the window, a third of those by face.
    await sql`
      insert into certifications
        (pensioner_id, campaign_id, channel, method, certified_at, certificate_no, match_score)
      select p.id, ${campaign.id},
        case when h % 3 = 0 then 'self_service' else 'counter' end,
        case when h % 3 = 0 then 'face' else 'id_check' end,
        ${`${year}-07-01T02:00:00Z`}::timestamptz + (h % 120) * interval '1 day',
        'BENCH-' || ${year} || '-' || p.id,
        case when h % 3 = 0 then 0.8 else null end
      from (select id, abs(hashtext(id::text)) as h from pensioners) p
      where p.h % 10 < 6`.execute(trx);
    return campaign;
  });
