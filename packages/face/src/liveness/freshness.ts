import type { Action } from '../types.ts';
import { median } from './stats.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { LivenessReason } from './types.ts';

/** The server's one-time challenge, as issued with its window (epoch ms). */
export type ChallengeNonce = {
  issuedAt: number;
  expiresAt: number;
  /** the actions the server asked for; when given, the recording must claim exactly these */
  challenge?: readonly Action[];
};

export type TimedFrame = { t: number; step: number; hash?: string };

export type FreshnessInput = {
  frames: readonly TimedFrame[];
  challenge: readonly Action[];
  /** absent for offline verification: then only the recording's own timing is checked */
  nonce?: ChallengeNonce;
  /** when the server received the recording (epoch ms); its last frame cannot be later */
  receivedAt?: number;
};

/**
 * Is this a fresh recording of this challenge, in one take? The nonce part binds it to the
 * server's window (a recording cannot start before its challenge existed, nor end after it
 * expired); the rest rejects spliced, reordered, padded or replayed frame lists.
 */
export function checkFreshness(input: FreshnessInput, th = THRESHOLDS.freshness): LivenessReason[] {
  const { frames, challenge, nonce, receivedAt } = input;
  const reasons: LivenessReason[] = [];
  if (nonce) {
    if (nonce.challenge && nonce.challenge.join() !== challenge.join()) {
      reasons.push({ code: 'challenge_mismatch' });
    }
    const end = receivedAt ?? Number.NaN;
    const duration = frames.length > 0 ? frames[frames.length - 1]!.t - frames[0]!.t : 0;
    // The earliest the recording can have started is received time minus its own length.
    const start = end - duration;
    if (
      !Number.isFinite(end) ||
      end > nonce.expiresAt + th.clockSkewMs ||
      start < nonce.issuedAt - th.clockSkewMs
    ) {
      reasons.push({
        code: 'stale_recording',
        detail: {
          issuedAt: nonce.issuedAt,
          expiresAt: nonce.expiresAt,
          receivedAt: Number.isFinite(end) ? end : 'unknown',
        },
      });
    }
  }
  const dt = frames.slice(1).map((f, i) => f.t - frames[i]!.t);
  const backwards = dt.findIndex((d) => d <= 0);
  const stepBack = frames.findIndex((f, i) => i > 0 && f.step < frames[i - 1]!.step);
  if (backwards >= 0 || stepBack >= 0) {
    reasons.push({
      code: 'frames_out_of_order',
      detail: { atFrame: backwards >= 0 ? backwards + 1 : stepBack },
    });
  }
  const seen = new Map<string, number>();
  let duplicates = 0;
  for (const f of frames) {
    if (!f.hash) continue;
    seen.set(f.hash, (seen.get(f.hash) ?? 0) + 1);
    if (seen.get(f.hash)! > 1) duplicates++;
  }
  if (duplicates > 0) reasons.push({ code: 'duplicate_frames', detail: { frames: duplicates } });
  const timing: Record<string, number> = {};
  const forward = dt.filter((d) => d > 0);
  if (forward.length > 0) {
    const typical = median(forward);
    if (typical < th.minFrameIntervalMs) timing.medianIntervalMs = typical;
    const gap = Math.max(...forward);
    if (gap > th.maxFrameGapMs) timing.maxGapMs = gap;
  }
  const total = frames.length > 1 ? frames[frames.length - 1]!.t - frames[0]!.t : 0;
  if (total > th.maxDurationMs) timing.durationMs = total;
  const missing: number[] = [];
  challenge.forEach((_, step) => {
    const own = frames.filter((f) => f.step === step);
    if (own.length === 0) return missing.push(step);
    const span = own[own.length - 1]!.t - own[0]!.t;
    if (span < th.minStepDurationMs) timing[`step${step}DurationMs`] = span;
  });
  const stray = frames.filter(
    (f) => f.step < 0 || f.step >= challenge.length || !Number.isInteger(f.step),
  );
  if (missing.length > 0 || stray.length > 0) {
    reasons.push({
      code: 'step_missing',
      detail: { steps: missing.join(','), framesOutsideChallenge: stray.length },
    });
  }
  if (Object.keys(timing).length > 0) reasons.push({ code: 'implausible_timing', detail: timing });
  return reasons;
}
