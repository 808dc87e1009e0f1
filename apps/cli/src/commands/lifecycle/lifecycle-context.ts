import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { campaignRulesFor, loadProfile, type SmsSettings } from '@lifecert/config';
import { deriveNoticeSecret, parseShanghaiDate, type SmsSender } from '@lifecert/core';
import { getCampaignByYear, type Database, type LifecycleCampaign } from '@lifecert/db';
import { fileSms, httpGatewaySms } from '@lifecert/sms';
import { loadConfig } from '../../context.ts';

export const fail = (message: string): void => {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
};

export const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** `--at YYYY-MM-DD` means that day at 09:00 Shanghai (replaying a past campaign); else now. */
export const instant = (at: string | undefined): number | null => {
  if (at === undefined) return Date.now();
  const day = parseShanghaiDate(at);
  return day === null ? null : day + 9 * 3_600_000;
};

/** The campaign of `year` with the jurisdiction profile's rules (covered schemes included). */
export const campaignOfYear = async (
  db: Kysely<Database>,
  year: number,
): Promise<LifecycleCampaign | null> => {
  const c = await getCampaignByYear(db, year);
  if (!c) return null;
  const profile = await loadProfile(loadConfig().profilePath);
  const rules = campaignRulesFor(profile, c.year, {
    year: c.year,
    windowStart: c.window_start,
    windowEnd: c.window_end,
    cutoff: c.cutoff_date,
    exemptionDate: c.exemption_date,
  });
  return { id: c.id, year: c.year, rules };
};

export const noticeSecret = (): string => deriveNoticeSecret(loadConfig().sessionSecret);

export const workerId = (): string =>
  `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/** The SMS adapter the settings name; console writes JSON lines (numbers masked) to stdout. */
export const smsFromSettings = (
  settings: SmsSettings,
  write: (line: string) => void = (line) => process.stdout.write(line),
): SmsSender => {
  switch (settings.provider) {
    case 'http':
      return httpGatewaySms({ url: settings.url, apiKey: settings.apiKey });
    case 'file':
      return fileSms({ path: settings.path });
    case 'console':
      return fileSms({ write });
  }
};

export type SmsOptions = { sms?: string; smsUrl?: string; smsKeyFile?: string };

/** console, file:PATH, or http (with --sms-url and --sms-key-file); else SMS_PROVIDER's adapter. */
export const smsSender = async (opts: SmsOptions): Promise<SmsSender> => {
  if (opts.sms === undefined) return smsFromSettings(loadConfig().sms);
  if (opts.sms === 'console') return fileSms({ write: (line) => process.stdout.write(line) });
  if (opts.sms.startsWith('file:')) return fileSms({ path: opts.sms.slice(5) });
  if (opts.sms === 'http') {
    if (!opts.smsUrl || !opts.smsKeyFile)
      throw new Error('--sms http needs --sms-url and --sms-key-file');
    // The key comes from a file so it never shows in the process list or shell history.
    const apiKey = (await readFile(opts.smsKeyFile, 'utf8')).trim();
    return httpGatewaySms({ url: opts.smsUrl, apiKey });
  }
  throw new Error(`unknown --sms ${opts.sms}: use console, file:PATH or http`);
};
