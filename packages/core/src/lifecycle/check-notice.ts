import { shanghaiDate } from '../shanghai-time.ts';
import { normaliseNoticeCode, noticeCodeMatches } from './notice-code.ts';
import type { NoticeLookup, NoticeKind } from './ports.ts';

export type NoticeCheck =
  { genuine: true; kind: NoticeKind; campaignYear: number; sentOn: string } | { genuine: false };

const NOT_GENUINE: NoticeCheck = Object.freeze({ genuine: false });

/**
 * Tells a real notice from a scam by its code. The answer names only the kind, campaign year
 * and day sent, never the recipient, so probing codes reveals nothing about anyone.
 */
export const checkNoticeCode = async (
  input: string,
  deps: { secret: string; notices: NoticeLookup },
): Promise<NoticeCheck> => {
  const code = normaliseNoticeCode(input);
  if (code === null) return NOT_GENUINE;
  // Codes are short, so two notices may share one; any sent notice that verifies is enough.
  for (const n of await deps.notices.findByCode(code)) {
    if (n.sentAtMs === null || !noticeCodeMatches(deps.secret, n.id, code)) continue;
    return {
      genuine: true,
      kind: n.kind,
      campaignYear: n.campaignYear,
      sentOn: shanghaiDate(n.sentAtMs),
    };
  }
  return NOT_GENUINE;
};
