import type { CampaignRules } from './campaign.ts';
import type { CertificationMethod } from './certification.ts';
import type { BenefitStatus, InsuranceScheme } from './pensioner.ts';

export const CAMPAIGN_STATUSES = [
  'pending',
  'certified',
  'exempt',
  'overdue',
  'suspended',
  'not_eligible',
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export type CampaignStatusReason =
  | 'scheme_not_covered'
  | 'benefits_terminated'
  | 'no_benefits_start'
  | 'benefits_started_after_cutoff'
  | 'certified_in_campaign'
  | 'face_certified_since_exemption_date'
  | 'benefits_suspended'
  | 'deadline_passed'
  | 'window_not_started'
  | 'awaiting_certification';

export type CampaignStatusResult = { status: CampaignStatus; reason: CampaignStatusReason };

/** What the rule needs about a person; dates as epoch ms so no parsing happens per person. */
export type StatusPerson = {
  scheme: InsuranceScheme;
  benefitStatus: BenefitStatus;
  /** Shanghai midnight of the day monthly benefits began (shanghaiDayStart) or null if unknown */
  benefitsStartMs: number | null;
};

/** A certification of this person: any from this campaign, and face ones since the exemption date. */
export type StatusCertification = { certifiedAtMs: number; method: CertificationMethod };

// One frozen object per outcome: the rule runs over whole registries and must not allocate.
const result = (status: CampaignStatus, reason: CampaignStatusReason): CampaignStatusResult =>
  Object.freeze({ status, reason });
const SCHEME_NOT_COVERED = result('not_eligible', 'scheme_not_covered');
const TERMINATED = result('not_eligible', 'benefits_terminated');
const NO_START = result('not_eligible', 'no_benefits_start');
const STARTED_AFTER_CUTOFF = result('not_eligible', 'benefits_started_after_cutoff');
const CERTIFIED = result('certified', 'certified_in_campaign');
const EXEMPT = result('exempt', 'face_certified_since_exemption_date');
const SUSPENDED = result('suspended', 'benefits_suspended');
const OVERDUE = result('overdue', 'deadline_passed');
const NOT_STARTED = result('pending', 'window_not_started');
const AWAITING = result('pending', 'awaiting_certification');

/**
 * A person's status in a campaign at instant `nowMs`:
 * - not eligible: scheme not covered, benefits terminated, or benefits began after the cut-off;
 * - certified: a certification from the window's start up to now (late ones count too: the
 *   person is alive, which is what the campaign wants to know);
 * - exempt: a face certification from the exemption date up to the window's start;
 * - suspended: must certify, but benefits are already suspended;
 * - overdue: must certify, did not, and the deadline has passed;
 * - pending: otherwise.
 * Certifications dated after `nowMs` are ignored, so replaying history gives past statuses.
 */
export const campaignStatus = (
  person: StatusPerson,
  campaign: CampaignRules,
  certifications: readonly StatusCertification[],
  nowMs: number,
): CampaignStatusResult => {
  if (!campaign.coveredSchemes.includes(person.scheme)) return SCHEME_NOT_COVERED;
  if (person.benefitStatus === 'terminated') return TERMINATED;
  if (person.benefitsStartMs === null) return NO_START;
  if (person.benefitsStartMs > campaign.cutoffEndMs) return STARTED_AFTER_CUTOFF;

  let exempt = false;
  for (let i = 0; i < certifications.length; i++) {
    const c = certifications[i]!;
    if (c.certifiedAtMs > nowMs) continue;
    if (c.certifiedAtMs >= campaign.windowStartMs) return CERTIFIED;
    if (c.method === 'face' && c.certifiedAtMs >= campaign.exemptionStartMs) exempt = true;
  }
  if (exempt) return EXEMPT;
  if (person.benefitStatus === 'suspended') return SUSPENDED;
  if (nowMs > campaign.deadlineMs) return OVERDUE;
  return nowMs < campaign.windowStartMs ? NOT_STARTED : AWAITING;
};
