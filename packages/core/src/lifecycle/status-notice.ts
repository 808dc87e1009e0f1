import type { LocalizedText } from '../localized-text.ts';

export const BENEFIT_CHANGE_REASONS = ['not_certified', 'certified_late', 'deceased'] as const;
export type BenefitChangeReason = (typeof BENEFIT_CHANGE_REASONS)[number];

/** The latest change of someone's payment status, as staff and the person see it. */
export type BenefitChange = {
  reason: BenefitChangeReason;
  /** YYYY-MM-DD */
  effectiveOn: string;
  campaignYear: number | null;
};

/**
 * What the person reads on login (and staff read on their record): what happened, why, and what
 * to do. Suspension is reversible, and the text says so, so nobody takes it for a termination.
 */
export const benefitChangeNotice = (change: BenefitChange): LocalizedText => {
  const year = change.campaignYear ?? '';
  switch (change.reason) {
    case 'not_certified':
      return {
        'zh-CN': `因未在认证期内完成${year}年度待遇领取资格认证，您的养老金自${change.effectiveOn}起暂停发放。完成认证后将恢复发放，并补发暂停期间的待遇。`,
        en: `Your pension is suspended from ${change.effectiveOn} because the ${year} entitlement certification was not completed in time. Certify by any channel and payment resumes, with the months withheld paid back.`,
      };
    case 'certified_late':
      return {
        'zh-CN': `您已完成认证，养老金自${change.effectiveOn}起恢复发放，暂停期间的待遇将补发。`,
        en: `You have certified; your pension resumes from ${change.effectiveOn} and the months withheld are paid back.`,
      };
    case 'deceased':
      return {
        'zh-CN': `根据死亡登记信息，待遇已于${change.effectiveOn}终止。如信息有误，请到社会保险经办机构核实。`,
        en: `Benefits ended on ${change.effectiveOn} following a death registration. If this is wrong, please contact the social insurance agency.`,
      };
  }
};
