import type { Command } from 'commander';
import { registerCloseout } from './closeout.ts';
import { registerDeaths } from './deaths.ts';
import { registerJobs } from './jobs.ts';
import { registerReminders } from './reminders.ts';

/** closeout, deaths, reminders and jobs command groups. */
export function registerLifecycle(program: Command) {
  registerCloseout(program);
  registerDeaths(program);
  registerReminders(program);
  registerJobs(program);
}
