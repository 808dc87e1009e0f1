import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import iconv from 'iconv-lite';
import { domainErrorMessage, type DomainError } from '@lifecert/core';
import {
  batchBankFiles,
  commitResumptionBatch,
  commitSuspensionBatch,
  excludeBatchItems,
  getBatch,
  resumptionDryRun,
  summariseBatch,
  suspensionDryRun,
  type Database,
} from '@lifecert/db';
import type { Kysely } from 'kysely';
import { withDatabase } from '../../context.ts';
import { campaignOfYear, fail, instant, print } from './lifecycle-context.ts';

const system = { kind: 'system' as const, id: 'cli' };

const domainFail = (e: DomainError) =>
  fail(`${e.code}: ${domainErrorMessage(e.code, 'en')} / ${domainErrorMessage(e.code, 'zh-CN')}`);

const staffIdByUsername = async (db: Kysely<Database>, username: string) =>
  (
    await db
      .selectFrom('staff_accounts')
      .select('id')
      .where('username', '=', username.trim().toLowerCase())
      .executeTakeFirst()
  )?.id;

/** Writes one CSV (UTF-8 with BOM, for spreadsheet tools) and one GBK fixed-width file per bank. */
const writeBankFiles = async (db: Kysely<Database>, batchId: string, outDir: string) => {
  const files = await batchBankFiles(db, batchId);
  if (files === null) return null;
  await mkdir(outDir, { recursive: true });
  for (const f of files) {
    await writeFile(path.join(outDir, `${f.name}.csv`), `\ufeff${f.csv}`, 'utf8');
    await writeFile(path.join(outDir, `${f.name}.txt`), iconv.encode(f.fixedWidth, 'gbk'));
  }
  return files.map((f) => ({
    bank: f.bankCode,
    files: [`${f.name}.csv`, `${f.name}.txt`],
    ...f.totals,
  }));
};

export function registerCloseout(program: Command) {
  const closeout = program
    .command('closeout')
    .description('After the deadline: list who to suspend, review, commit, write bank files');

  closeout
    .command('dry-run')
    .description('List everyone to suspend as a draft batch; changes no one')
    .requiredOption('--year <year>', 'campaign year')
    .option('--at <date>', 'as of this day (YYYY-MM-DD, 09:00 Shanghai); default now')
    .action(async (opts: { year: string; at?: string }) => {
      const nowMs = instant(opts.at);
      if (nowMs === null) return fail('--at: expected YYYY-MM-DD');
      await withDatabase(async ({ db }) => {
        const campaign = await campaignOfYear(db, Number(opts.year));
        if (!campaign) return fail(`no campaign for ${opts.year}`);
        const r = await suspensionDryRun(db, campaign, {
          batchId: randomUUID(),
          nowMs,
          actor: system,
          channel: 'cli',
        });
        if (!r.ok) return domainFail(r.error);
        print({ ...r.value, summary: await summariseBatch(db, r.value.batchId) });
      });
    });

  closeout
    .command('show')
    .description('Totals of a batch by district, bank and category, for review')
    .requiredOption('--batch <id>', 'batch id')
    .action(async (opts: { batch: string }) => {
      await withDatabase(async ({ db }) => {
        const batch = await getBatch(db, opts.batch);
        if (!batch) return fail('no such batch');
        print({ ...batch, summary: await summariseBatch(db, batch.id) });
      });
    });

  closeout
    .command('exclude')
    .description('Drop people from a draft batch at review (pensioner ids, comma-separated)')
    .requiredOption('--batch <id>', 'batch id')
    .requiredOption('--pensioners <ids>', 'pensioner ids (never ID numbers)')
    .requiredOption('--reason <text>', 'why, for the audit trail')
    .action(async (opts: { batch: string; pensioners: string; reason: string }) => {
      await withDatabase(async ({ db }) => {
        const ids = opts.pensioners.split(',').map((s) => s.trim());
        print({ excluded: await excludeBatchItems(db, opts.batch, ids, `review: ${opts.reason}`) });
      });
    });

  closeout
    .command('commit')
    .description('Commit a reviewed draft (suspension or resumption) as an administrator')
    .requiredOption('--year <year>', 'campaign year')
    .requiredOption('--batch <id>', 'batch id from the dry run')
    .requiredOption('--by <username>', 'administrator account that reviewed the batch')
    .option('--at <date>', 'as of this day (YYYY-MM-DD, 09:00 Shanghai); default now')
    .action(async (opts: { year: string; batch: string; by: string; at?: string }) => {
      const nowMs = instant(opts.at);
      if (nowMs === null) return fail('--at: expected YYYY-MM-DD');
      await withDatabase(async ({ db }) => {
        const campaign = await campaignOfYear(db, Number(opts.year));
        if (!campaign) return fail(`no campaign for ${opts.year}`);
        const committedBy = await staffIdByUsername(db, opts.by);
        if (!committedBy) return fail(`no staff account ${opts.by}`);
        const batch = await getBatch(db, opts.batch);
        if (!batch) return fail('no such batch');
        const commit = batch.kind === 'suspension' ? commitSuspensionBatch : commitResumptionBatch;
        const r = await commit(db, campaign, {
          batchId: opts.batch,
          nowMs,
          committedBy,
          channel: 'cli',
        });
        if (!r.ok) return domainFail(r.error);
        print(r.value);
      });
    });

  closeout
    .command('files')
    .description(
      'Write one CSV and one fixed-width (GBK) file per paying bank for a committed batch',
    )
    .requiredOption('--batch <id>', 'batch id')
    .requiredOption('--out <dir>', 'output folder')
    .action(async (opts: { batch: string; out: string }) => {
      await withDatabase(async ({ db }) => {
        const written = await writeBankFiles(db, opts.batch, opts.out);
        if (written === null) return fail('no committed batch with that id: commit it first');
        print(written);
      });
    });

  closeout
    .command('resume-dry-run')
    .description('Draft a resumption batch of everyone queued (late certifiers), arrears included')
    .requiredOption('--year <year>', 'campaign year')
    .option('--at <date>', 'as of this day (YYYY-MM-DD, 09:00 Shanghai); default now')
    .action(async (opts: { year: string; at?: string }) => {
      const nowMs = instant(opts.at);
      if (nowMs === null) return fail('--at: expected YYYY-MM-DD');
      await withDatabase(async ({ db }) => {
        const campaign = await campaignOfYear(db, Number(opts.year));
        if (!campaign) return fail(`no campaign for ${opts.year}`);
        const r = await resumptionDryRun(db, campaign, {
          batchId: randomUUID(),
          nowMs,
          actor: system,
          channel: 'cli',
        });
        print({ ...r, summary: await summariseBatch(db, r.batchId) });
      });
    });
}
