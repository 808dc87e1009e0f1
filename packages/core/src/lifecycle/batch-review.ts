import type { CampaignRules } from '../campaign.ts';
import type { DomainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import type { StaffRole } from '../staff.ts';

/** Only administrators commit payment batches: a batch stops or restarts public money. */
export const canCommitBatches = (role: StaffRole): boolean => role === 'admin';

/** Close-out may only look at a campaign once its deadline has passed. */
export const checkCloseoutTime = (
  rules: CampaignRules,
  nowMs: number,
): Result<true, DomainError> =>
  nowMs > rules.deadlineMs ? ok(true) : err({ code: 'deadline_not_passed' });
