import { campaignRules, isWindowOpen } from '../campaign.ts';
import { campaignStatus, type CampaignStatusResult } from '../campaign-status.ts';
import type { DomainErrorCode } from '../errors.ts';
import type { InsuranceScheme } from '../pensioner.ts';
import { err, ok, type Result } from '../result.ts';
import { shanghaiDate, shanghaiDayStart } from '../shanghai-time.ts';
import { attemptAllowance, type AttemptAllowance } from './attempt-limit.ts';
import type { SelfCampaign, SelfPerson, SelfServiceStore } from './store.ts';

export type SelfServicePolicy = {
  attemptLimit: number;
  coveredSchemes: readonly InsuranceScheme[];
};

export type SelfServiceSituation = {
  campaign: SelfCampaign | undefined;
  status: CampaignStatusResult | undefined;
  deadlineMs: number | undefined;
  allowance: AttemptAllowance;
  windowOpen: boolean;
};

/** The campaign of the Shanghai calendar year containing `nowMs`. */
export const currentCampaignYear = (nowMs: number): number =>
  Number(shanghaiDate(nowMs).slice(0, 4));

/** Everything the Me page and the gate need about one person in this year's campaign. */
export const selfServiceSituation = async (
  store: SelfServiceStore,
  person: SelfPerson,
  policy: SelfServicePolicy,
  nowMs: number,
): Promise<SelfServiceSituation> => {
  const campaign = await store.campaignOfYear(currentCampaignYear(nowMs));
  if (!campaign) {
    return {
      campaign,
      status: undefined,
      deadlineMs: undefined,
      allowance: attemptAllowance(0, policy.attemptLimit),
      windowOpen: false,
    };
  }
  const rules = campaignRules(campaign, policy.coveredSchemes);
  const certifications = await store.certifications(person.id);
  const status = campaignStatus(
    {
      scheme: person.scheme,
      benefitStatus: person.benefitStatus,
      benefitsStartMs:
        person.benefitsStart === null ? null : shanghaiDayStart(person.benefitsStart),
    },
    rules,
    certifications
      .filter((c) => c.campaignId === campaign.id || c.certifiedAtMs < rules.windowStartMs)
      .map((c) => ({ certifiedAtMs: c.certifiedAtMs, method: c.method })),
    nowMs,
  );
  const failed = await store.failedAttemptsSinceReopen(person.id, campaign.id);
  return {
    campaign,
    status,
    deadlineMs: rules.deadlineMs,
    allowance: attemptAllowance(failed, policy.attemptLimit),
    windowOpen: campaign.state === 'open' && isWindowOpen(rules, nowMs),
  };
};

/** Why this person may not start a self-service certification now, if anything. */
export const selfServiceGate = (
  person: SelfPerson,
  s: SelfServiceSituation,
  hasReference: boolean,
): Result<SelfCampaign, DomainErrorCode> => {
  if (!s.campaign || !s.status || !s.windowOpen) return err('campaign_not_open');
  if (s.status.reason === 'benefits_terminated') return err('benefits_terminated');
  if (s.status.status === 'not_eligible') return err('not_eligible');
  if (s.status.status === 'certified' || s.status.status === 'exempt') {
    return err('already_certified');
  }
  if (!person.contactComplete) return err('contact_required');
  if (!s.allowance.open) return err('attempt_limit_reached');
  if (!hasReference) return err('no_reference_photo');
  return ok(s.campaign);
};
