import { DAY_MS, shanghaiDayStart } from '../shanghai-time.ts';

/**
 * A certification dated after the day of a recorded death cannot be genuine: someone is
 * impersonating the person or the record is wrong, and either way an investigator must look.
 * The day of death itself is allowed (the person may have certified that morning).
 */
export const isCertificationAfterDeath = (dateOfDeath: string, certifiedAtMs: number): boolean =>
  certifiedAtMs >= shanghaiDayStart(dateOfDeath) + DAY_MS;
