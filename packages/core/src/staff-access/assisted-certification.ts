import type { Channel } from '../channels.ts';
import type { DomainErrorCode } from '../errors.ts';
import type { OrganisationKind } from '../organisation.ts';
import { err, ok, type Result } from '../result.ts';
import type { SelfServiceSituation } from '../self-service/gate.ts';
import type { SelfCampaign } from '../self-service/store.ts';

// The channel names where the person was seen, so reports split counter, employer and bank work.
const ASSISTED_CHANNELS: Readonly<Record<OrganisationKind, Channel>> = {
  agency: 'counter',
  counter: 'counter',
  employer: 'employer',
  bank_branch: 'bank',
  courier: 'home_visit',
};

export const assistedChannelOf = (kind: OrganisationKind): Channel => ASSISTED_CHANNELS[kind];

export const ID_CHECK_REASON_MIN = 4;
export const ID_CHECK_REASON_MAX = 200;

/** Why the face check could not work; required so in-person checks stay the exception. */
export const validateIdCheckReason = (
  input: string,
): Result<string, 'field_required' | 'field_too_long'> => {
  const reason = input.trim();
  if (reason.length < ID_CHECK_REASON_MIN) return err('field_required');
  if (reason.length > ID_CHECK_REASON_MAX) return err('field_too_long');
  return ok(reason);
};

/**
 * Whether staff may record a certification for the person now. Unlike self-service, overdue and
 * suspended people are accepted: coming in person late is exactly how payment resumes, and the
 * attempt limit, contact details and reference photo do not matter at a counter.
 */
export const assistedCertificationGate = (
  s: Pick<SelfServiceSituation, 'campaign' | 'status'>,
): Result<SelfCampaign, DomainErrorCode> => {
  if (!s.campaign || !s.status || s.campaign.state !== 'open') return err('campaign_not_open');
  if (s.status.reason === 'benefits_terminated') return err('benefits_terminated');
  if (s.status.status === 'not_eligible') return err('not_eligible');
  if (s.status.status === 'certified' || s.status.status === 'exempt') {
    return err('already_certified');
  }
  if (s.status.reason === 'window_not_started') return err('campaign_not_open');
  return ok(s.campaign);
};
