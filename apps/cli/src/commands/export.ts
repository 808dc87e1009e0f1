import { Option, type Command } from 'commander';
import { loadProfile, parseConfig } from '@lifecert/config';
import { withDatabase } from '../context.ts';
import { CampaignNotFoundError, exportCampaignStatus } from '../export/export-status.ts';
import { fileSink, lineSink } from '../import/csv-writer.ts';

type StatusOptions = {
  campaign: string;
  format: 'csv';
  out?: string;
  asOf?: string;
  profile?: string;
};

const write = (text: string) => process.stderr.write(text);

export function registerExport(program: Command) {
  const group = program.command('export').description('Write registry and campaign data to files');
  group
    .command('status')
    .description(
      'One CSV row per pensioner with their status in a campaign and the reason (UTF-8 with BOM; ' +
        'columns in docs/csv-format.md). The file contains ID numbers: keep it inside the agency.',
    )
    .requiredOption('--campaign <year>', 'campaign year, e.g. 2018')
    .addOption(new Option('--format <format>', 'output format').choices(['csv']).default('csv'))
    .option('--out <file>', 'write here instead of stdout')
    .option('--as-of <instant>', 'status at this ISO 8601 instant instead of now')
    .option('--profile <file>', 'jurisdiction profile (default: PROFILE, else Luoyang 2018)')
    .action(async (opts: StatusOptions) => {
      const year = Number(opts.campaign);
      const nowMs = opts.asOf === undefined ? Date.now() : Date.parse(opts.asOf);
      if (!Number.isInteger(year) || Number.isNaN(nowMs)) {
        write('--campaign needs a year and --as-of an ISO 8601 instant\n');
        process.exitCode = 1;
        return;
      }
      const profile = await loadProfile(opts.profile ?? parseConfig(process.env).profilePath);
      const sink = opts.out ? fileSink(opts.out) : lineSink(process.stdout, false);
      try {
        const result = await withDatabase(({ db }) =>
          exportCampaignStatus(db, sink, {
            year,
            coveredSchemes: profile.campaign.coveredSchemes,
            nowMs,
          }),
        );
        const counts = Object.entries(result.byStatus).map(([s, n]) => `${s} ${n}`);
        write(
          `exported ${result.rows} pensioners / 已导出 ${result.rows} 人: ${counts.join(', ')}\n`,
        );
      } catch (e) {
        if (!(e instanceof CampaignNotFoundError)) throw e;
        write(`${e.message}\n`);
        process.exitCode = 1;
      } finally {
        await sink.close();
      }
    });
}
