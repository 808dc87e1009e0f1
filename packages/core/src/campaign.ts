import type { DomainError } from './errors.ts';
import { INSURANCE_SCHEMES, type InsuranceScheme } from './pensioner.ts';
import { err, ok, type Result } from './result.ts';
import { parseShanghaiDate, shanghaiDayEnd, shanghaiDayStart } from './shanghai-time.ts';

export const CAMPAIGN_STATES = ['draft', 'open', 'closed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

/** All dates are Shanghai calendar dates, YYYY-MM-DD. */
export type CampaignDates = {
  year: number;
  /** first day people can certify */
  windowStart: string;
  /** last day; the deadline is 23:59:59.999 Shanghai time on it */
  windowEnd: string;
  /** only people whose monthly benefits began on or before this day must certify */
  cutoff: string;
  /** a face certification on or after this day and before the window exempts the person */
  exemptionDate: string;
};

export type Campaign = CampaignDates & { id: string; state: CampaignState };

/**
 * A campaign with its dates turned into instants once, so the status rule can run over a
 * million people without parsing a date per person.
 */
export type CampaignRules = {
  year: number;
  windowStartMs: number;
  /** last millisecond of the window */
  deadlineMs: number;
  /** last millisecond of the cut-off day */
  cutoffEndMs: number;
  exemptionStartMs: number;
  coveredSchemes: readonly InsuranceScheme[];
};

export const validateCampaignDates = (dates: CampaignDates): Result<CampaignDates, DomainError> => {
  for (const field of ['windowStart', 'windowEnd', 'cutoff', 'exemptionDate'] as const) {
    if (parseShanghaiDate(dates[field]) === null) return err({ code: 'date_invalid', field });
  }
  if (!Number.isInteger(dates.year) || dates.year < 2000 || dates.year > 2999) {
    return err({ code: 'campaign_dates_invalid', field: 'year' });
  }
  // ISO dates compare correctly as strings.
  if (dates.windowEnd < dates.windowStart) {
    return err({ code: 'campaign_dates_invalid', field: 'windowEnd' });
  }
  if (dates.exemptionDate > dates.windowStart) {
    return err({ code: 'campaign_dates_invalid', field: 'exemptionDate' });
  }
  if (dates.cutoff > dates.windowEnd) {
    return err({ code: 'campaign_dates_invalid', field: 'cutoff' });
  }
  return ok(dates);
};

/** Dates must have passed validateCampaignDates. */
export const campaignRules = (
  dates: CampaignDates,
  coveredSchemes: readonly InsuranceScheme[] = INSURANCE_SCHEMES,
): CampaignRules => ({
  year: dates.year,
  windowStartMs: shanghaiDayStart(dates.windowStart),
  deadlineMs: shanghaiDayEnd(dates.windowEnd),
  cutoffEndMs: shanghaiDayEnd(dates.cutoff),
  exemptionStartMs: shanghaiDayStart(dates.exemptionDate),
  coveredSchemes,
});

export const isWindowOpen = (rules: CampaignRules, nowMs: number): boolean =>
  nowMs >= rules.windowStartMs && nowMs <= rules.deadlineMs;
