import { formatShanghai, type SelfServiceSituation } from '@lifecert/core';

/** This campaign's status, deadline and attempts as both the person and staff see them. */
export const campaignView = (s: SelfServiceSituation) => ({
  campaign:
    s.campaign && s.status
      ? {
          year: s.campaign.year,
          status: s.status.status,
          reason: s.status.reason,
          deadline: formatShanghai(s.deadlineMs!),
        }
      : null,
  attempts: { used: s.allowance.used, limit: s.allowance.limit },
  selfServiceOpen: s.allowance.open,
});
