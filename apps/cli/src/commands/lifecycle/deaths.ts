import path from 'node:path';
import type { Command } from 'commander';
import { recordDeaths } from '@lifecert/db';
import { withDatabase } from '../../context.ts';
import { readDeathFile } from './death-file.ts';
import { fail, instant, print } from './lifecycle-context.ts';

export function registerDeaths(program: Command) {
  const deaths = program.command('deaths').description('Death registrations');
  deaths
    .command('import <file>')
    .description(
      'Import a death-registration CSV (id_number, date_of_death): terminate, flag overpayments, raise fraud alerts',
    )
    .option('--at <date>', 'as of this day (YYYY-MM-DD, 09:00 Shanghai); default now')
    .action(async (file: string, opts: { at?: string }) => {
      const nowMs = instant(opts.at);
      if (nowMs === null) return fail('--at: expected YYYY-MM-DD');
      const parsed = await readDeathFile(file);
      await withDatabase(async ({ db }) => {
        const report = await recordDeaths(db, parsed.rows, {
          nowMs,
          source: `${path.basename(file)} sha256:${parsed.sha256}`,
          actor: { kind: 'system', id: 'cli' },
          channel: 'cli',
        });
        // Rows are reported by file line, never by ID number.
        print({
          ...report,
          unmatchedRows: undefined,
          unmatchedLines: report.unmatchedRows.map((n) => parsed.lines[n - 1]),
          rejected: parsed.rejected,
        });
      });
    });
}
