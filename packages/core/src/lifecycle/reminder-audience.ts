import type { CampaignRules } from '../campaign.ts';
import { campaignStatus, type StatusCertification } from '../campaign-status.ts';
import type { CloseoutFacts } from './closeout-decision.ts';

/**
 * Whether a reminder should go to this person now: still awaiting certification in an open
 * window, with nothing under review (a person who mailed a form has done their part).
 */
export const needsReminder = (
  facts: CloseoutFacts,
  rules: CampaignRules,
  nowMs: number,
): boolean => {
  if (facts.deceased || facts.openReviews > 0) return false;
  const certifications: StatusCertification[] = [];
  if (facts.certifiedAtMs !== null && facts.certifiedMethod !== null) {
    certifications.push({ certifiedAtMs: facts.certifiedAtMs, method: facts.certifiedMethod });
  }
  if (facts.lastFaceAtMs !== null) {
    certifications.push({ certifiedAtMs: facts.lastFaceAtMs, method: 'face' });
  }
  return campaignStatus(facts, rules, certifications, nowMs).reason === 'awaiting_certification';
};
