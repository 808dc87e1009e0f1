import type { Decision } from '../types.ts';
import type { IdentityResult } from './identity.ts';
import { round } from './stats.ts';
import type { LivenessReason } from './types.ts';

export type MatchResult = { score: number; threshold: number; model: string };

export type DecideInput = {
  liveness: { reasons: readonly LivenessReason[] };
  identity?: Pick<IdentityResult, 'reasons'>;
  /** absent when no embedding could be made of the attempt or the reference */
  match?: MatchResult;
  referenceUsable?: boolean;
};

/**
 * Pass only when nothing at all is wrong; every problem found is reported, not just the first,
 * so that the person can be told everything to fix in one go.
 */
export function decide(input: DecideInput): Decision {
  const reasons: LivenessReason[] = [...input.liveness.reasons, ...(input.identity?.reasons ?? [])];
  if (input.referenceUsable === false) reasons.push({ code: 'reference_unusable' });
  const match = input.match
    ? {
        ...input.match,
        score: round(input.match.score, 4),
        threshold: round(input.match.threshold, 4),
      }
    : undefined;
  if (match && match.score < match.threshold) {
    reasons.push({ code: 'no_match', detail: { score: match.score, threshold: match.threshold } });
  } else if (!match && input.referenceUsable !== false) {
    reasons.push({ code: 'no_match', detail: { score: 'none' } });
  }
  return { decision: reasons.length === 0 ? 'pass' : 'fail', reasons, ...(match ? { match } : {}) };
}
