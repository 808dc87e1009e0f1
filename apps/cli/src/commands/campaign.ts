import type { Command } from 'commander';
import { campaignDatesFor, campaignRulesFor, loadProfile } from '@lifecert/config';
import {
  domainErrorMessage,
  parseShanghaiDate,
  summariseCampaign,
  validateCampaignDates,
  type CampaignDates,
} from '@lifecert/core';
import { appendAudit, createCampaign, getCampaignByYear } from '@lifecert/db';
import { loadConfig, withDatabase } from '../context.ts';
import { statusRows } from '../status-rows.ts';

type CreateOptions = {
  year: string;
  windowStart?: string;
  windowEnd?: string;
  cutoff?: string;
  exemptionDate?: string;
  open?: boolean;
};

const fail = (message: string) => {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
};

export function registerCampaign(program: Command) {
  const campaign = program
    .command('campaign')
    .description('Create campaigns and see their progress');

  campaign
    .command('create')
    .description("Create the campaign of a year; dates default to the jurisdiction profile's")
    .requiredOption('--year <year>', 'campaign year, e.g. 2018')
    .option('--window-start <date>', 'first day people can certify (YYYY-MM-DD)')
    .option('--window-end <date>', 'last day (YYYY-MM-DD); the deadline is its end, Shanghai time')
    .option('--cutoff <date>', 'people whose benefits began after this day need not certify')
    .option('--exemption-date <date>', 'a face certification since this day exempts the person')
    .option('--open', 'open the campaign at once (default: draft)')
    .action(async (opts: CreateOptions) => {
      const config = loadConfig();
      const profile = await loadProfile(config.profilePath);
      const year = Number(opts.year);
      const defaults = campaignDatesFor(profile.campaign, Number.isInteger(year) ? year : 0);
      const dates: CampaignDates = {
        year,
        windowStart: opts.windowStart ?? defaults.windowStart,
        windowEnd: opts.windowEnd ?? defaults.windowEnd,
        cutoff: opts.cutoff ?? defaults.cutoff,
        exemptionDate: opts.exemptionDate ?? defaults.exemptionDate,
      };
      const valid = validateCampaignDates(dates);
      if (!valid.ok) {
        const { code, field } = valid.error;
        return fail(
          `${field ?? 'campaign'}: ${domainErrorMessage(code, 'en')} / ${domainErrorMessage(code, 'zh-CN')}`,
        );
      }
      await withDatabase(async ({ db }) => {
        if (await getCampaignByYear(db, year)) return fail(`a campaign for ${year} already exists`);
        const created = await db.transaction().execute(async (trx) => {
          const c = await createCampaign(trx, {
            year,
            window_start: dates.windowStart,
            window_end: dates.windowEnd,
            cutoff_date: dates.cutoff,
            exemption_date: dates.exemptionDate,
            ...(opts.open ? { status: 'open' as const } : {}),
          });
          await appendAudit(trx, {
            actor: { kind: 'system', id: null },
            channel: 'cli',
            action: 'campaign.created',
            entity: 'campaign',
            entityId: c.id,
            details: { ...dates, status: c.status },
          });
          return c;
        });
        process.stdout.write(
          `${JSON.stringify({ id: created.id, ...dates, status: created.status })}\n`,
        );
      });
    });

  campaign
    .command('status')
    .description("Count every pensioner's status in a campaign, by status, district and category")
    .requiredOption('--year <year>', 'campaign year')
    .option('--at <date>', 'as of this day (YYYY-MM-DD, end of day Shanghai time); default now')
    .action(async (opts: { year: string; at?: string }) => {
      const config = loadConfig();
      const profile = await loadProfile(config.profilePath);
      let nowMs = Date.now();
      if (opts.at !== undefined) {
        const at = parseShanghaiDate(opts.at);
        if (at === null) return fail('--at: expected a date YYYY-MM-DD');
        nowMs = at + 86_400_000 - 1;
      }
      await withDatabase(async ({ db }) => {
        const c = await getCampaignByYear(db, Number(opts.year));
        if (!c)
          return fail(
            `no campaign for ${opts.year}; create it with "lifecert campaign create --year ${opts.year}"`,
          );
        const rules = campaignRulesFor(profile, c.year, {
          year: c.year,
          windowStart: c.window_start,
          windowEnd: c.window_end,
          cutoff: c.cutoff_date,
          exemptionDate: c.exemption_date,
        });
        const started = performance.now();
        const summary = await summariseCampaign(statusRows(db, c), rules, nowMs);
        const ms = Math.round(performance.now() - started);
        process.stdout.write(
          `${JSON.stringify({ year: c.year, state: c.status, ...summary, ms }, null, 2)}\n`,
        );
      });
    });
}
