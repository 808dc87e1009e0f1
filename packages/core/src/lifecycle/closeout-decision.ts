import type { CampaignRules } from '../campaign.ts';
import { campaignStatus, type StatusCertification, type StatusPerson } from '../campaign-status.ts';
import type { CertificationMethod } from '../certification.ts';

/** What close-out knows about one person; times as epoch ms. */
export type CloseoutFacts = StatusPerson & {
  /** latest certification counted for this campaign (any channel), null when none */
  certifiedAtMs: number | null;
  certifiedMethod: CertificationMethod | null;
  /** latest face certification since the exemption date (any campaign), null when none */
  lastFaceAtMs: number | null;
  /** offsite forms, overseas documents or booked home visits not yet decided */
  openReviews: number;
  /** a death record exists: death handling terminates, close-out must not suspend */
  deceased: boolean;
};

/** Why someone past the deadline keeps being paid; each is a safety net with its own test. */
export const CLOSEOUT_KEEP_REASONS = [
  'certified',
  'exempt',
  'pending_review',
  'added_after_cutoff',
  'not_eligible',
  'already_suspended',
  'deceased',
  'deadline_not_passed',
] as const;
export type CloseoutKeepReason = (typeof CLOSEOUT_KEEP_REASONS)[number];

export type CloseoutDecision =
  { suspend: true; reason: 'not_certified' } | { suspend: false; reason: CloseoutKeepReason };

const SUSPEND: CloseoutDecision = Object.freeze({ suspend: true, reason: 'not_certified' });
const keep = (reason: CloseoutKeepReason): CloseoutDecision => ({ suspend: false, reason });

/**
 * Whether close-out at `asOfMs` suspends this person. Suspension is the last resort: only
 * someone who must certify, did not by any channel up to now (late certifications count), is
 * not exempt, has no proof awaiting review and is not already suspended or dead.
 */
export const closeoutDecision = (
  facts: CloseoutFacts,
  rules: CampaignRules,
  asOfMs: number,
): CloseoutDecision => {
  if (facts.deceased) return keep('deceased');
  const certifications: StatusCertification[] = [];
  if (facts.certifiedAtMs !== null && facts.certifiedMethod !== null) {
    certifications.push({ certifiedAtMs: facts.certifiedAtMs, method: facts.certifiedMethod });
  }
  if (facts.lastFaceAtMs !== null) {
    certifications.push({ certifiedAtMs: facts.lastFaceAtMs, method: 'face' });
  }
  const { status, reason } = campaignStatus(facts, rules, certifications, asOfMs);
  switch (status) {
    case 'certified':
      return keep('certified');
    case 'exempt':
      return keep('exempt');
    case 'suspended':
      return keep('already_suspended');
    case 'pending':
      return keep('deadline_not_passed');
    case 'not_eligible':
      return keep(
        reason === 'benefits_started_after_cutoff' ? 'added_after_cutoff' : 'not_eligible',
      );
    case 'overdue':
      return facts.openReviews > 0 ? keep('pending_review') : SUSPEND;
  }
};
