import type { Kysely } from 'kysely';
import { benefitChangeNotice, BENEFIT_CHANGE_REASONS } from '@lifecert/core';
import { latestBenefitChange, type Database } from '@lifecert/db';
import { z } from 'zod';
import type { Lang } from '../i18n.ts';

export const BenefitNotice = z.object({
  reason: z.enum(BENEFIT_CHANGE_REASONS),
  /** YYYY-MM-DD */
  effectiveOn: z.string(),
  campaignYear: z.number().nullable(),
  /** in the request's language */
  message: z.string(),
  messages: z.object({ 'zh-CN': z.string(), en: z.string() }),
});

/**
 * Why the person's payment is stopped, and what to do, when it is: the latest status change if
 * it is a suspension or a termination. A resumption is the normal state again and shows nothing.
 * The person sees it on login and on the Me screen; staff see it on the person's record.
 */
export const benefitNoticeOf = async (
  db: Kysely<Database>,
  pensionerId: string,
  lang: Lang,
): Promise<z.infer<typeof BenefitNotice> | null> => {
  const change = await latestBenefitChange(db, pensionerId);
  if (!change || change.reason === 'certified_late') return null;
  const messages = benefitChangeNotice(change);
  return { ...change, message: messages[lang], messages };
};
