import type { CampaignDates } from '../campaign.ts';
import { DAY_MS, shanghaiDate, shanghaiDayStart } from '../shanghai-time.ts';

export type ReminderPlanOptions = {
  /** send a step on the window's first day */
  atStart: boolean;
  /** days before the last day of the window, e.g. [30, 7, 1] */
  daysBefore: readonly number[];
};

export type ReminderStep = { key: string; sendOn: string };

/**
 * The steps of a campaign's reminder plan, in date order. Steps falling before the window opens
 * are dropped (nobody can act on them), and two steps on the same day collapse into the first,
 * so a person never gets two reminders in one day from one plan.
 */
export const reminderPlan = (dates: CampaignDates, opts: ReminderPlanOptions): ReminderStep[] => {
  const candidates: ReminderStep[] = [];
  if (opts.atStart) candidates.push({ key: 'start', sendOn: dates.windowStart });
  const lastDay = shanghaiDayStart(dates.windowEnd);
  for (const n of opts.daysBefore) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`days before must be >= 0: ${n}`);
    candidates.push({ key: `before-${n}`, sendOn: shanghaiDate(lastDay - n * DAY_MS) });
  }
  const seen = new Set<string>();
  return candidates
    .filter((s) => s.sendOn >= dates.windowStart)
    .sort((a, b) => (a.sendOn < b.sendOn ? -1 : a.sendOn > b.sendOn ? 1 : 0))
    .filter((s) => (seen.has(s.sendOn) ? false : (seen.add(s.sendOn), true)));
};

/** Steps whose day has come (Shanghai date of `nowMs`) and that are not yet queued. */
export const dueSteps = <S extends ReminderStep>(steps: readonly S[], nowMs: number): S[] => {
  const today = shanghaiDate(nowMs);
  return steps.filter((s) => s.sendOn <= today);
};
