import type { DomainErrorCode } from '../errors.ts';
import type { Ids } from '../ports.ts';
import { err, ok, type Result } from '../result.ts';
import { attemptAllowance, type AttemptAllowance } from './attempt-limit.ts';
import { formatCertificateNumber } from './certificate-number.ts';
import { currentCampaignYear, type SelfServicePolicy } from './gate.ts';
import { hashToken } from './issue-challenge.ts';
import type { CapturedFrame, FaceVerdictReason, FaceVerifier, RandomSource } from './ports.ts';
import type { SelfServiceStore } from './store.ts';

export type RecordingPolicy = Pick<SelfServicePolicy, 'attemptLimit'> & {
  /** e.g. LY: certificate numbers read LY2018-XXXX-XXXX */
  certificatePrefix: string;
};

export type RecordingOutcome = {
  decision: 'pass' | 'fail';
  reasons: FaceVerdictReason[];
  /** after this attempt */
  allowance: AttemptAllowance;
  /** this failure used the last attempt: self-service is now closed for the campaign */
  closedNow: boolean;
  certificate?: { number: string; certifiedAtMs: number };
  /** time the face engine took */
  faceMs: number;
};

const NUMBER_TRIES = 5;

/**
 * Judges a recording against the challenge it answers and records the outcome. The challenge is
 * consumed first, so a recording can be judged once; the engine runs outside any transaction (it
 * takes about a second); the attempt, the certification, its photo and the audit entries are then
 * written in one transaction.
 */
export const submitRecording = async (
  deps: {
    store: SelfServiceStore;
    face: FaceVerifier;
    random: RandomSource;
    ids: Ids;
    now: () => number;
  },
  input: {
    pensionerId: string;
    challengeId: string;
    frames: CapturedFrame[];
    receivedAtMs: number;
  },
  policy: RecordingPolicy,
): Promise<Result<RecordingOutcome, DomainErrorCode>> => {
  const { store } = deps;
  const consumed = await store.consumeChallenge(
    hashToken(input.challengeId),
    input.pensionerId,
    input.receivedAtMs,
  );
  if (consumed === 'not_found') return err('not_found');
  if (consumed === 'used') return err('challenge_used');
  if (consumed === 'expired') return err('challenge_expired');
  const reference = await store.activeReference(input.pensionerId);
  if (!reference) return err('no_reference_photo');

  const verdict = await deps.face.verify({
    reference,
    actions: consumed.actions,
    frames: input.frames,
    issuedAtMs: consumed.issuedAtMs,
    expiresAtMs: consumed.expiresAtMs,
    receivedAtMs: input.receivedAtMs,
  });
  const pass = verdict.decision === 'pass';
  const actor = { kind: 'pensioner' as const, id: input.pensionerId };

  return ok(
    await store.transaction(async (tx) => {
      const finishedAtMs = deps.now();
      await tx.person(input.pensionerId, { lock: true });
      const codes = verdict.reasons.map((r) => r.code);
      await tx.finishAttempt({
        attemptId: consumed.attemptId,
        outcome: pass ? 'succeeded' : 'failed',
        reasons: codes,
        matchScore: verdict.matchScore,
        finishedAtMs,
      });
      const failed = await tx.failedAttemptsSinceReopen(input.pensionerId, consumed.campaignId);
      const allowance = attemptAllowance(failed, policy.attemptLimit);
      const attemptNote = {
        action: pass ? 'self_service.attempt_succeeded' : 'self_service.attempt_failed',
        entity: 'self_service_attempt',
        entityId: consumed.attemptId,
        details: { reasons: codes, matchScore: verdict.matchScore, faceMs: verdict.ms },
        actor,
      };
      if (!pass) {
        const closedNow = !allowance.open && failed === policy.attemptLimit;
        const closing = closedNow
          ? [
              {
                action: 'self_service.closed',
                entity: 'pensioner',
                entityId: input.pensionerId,
                details: { campaignId: consumed.campaignId, failedAttempts: failed },
                actor: { kind: 'system' as const, id: 'attempt-limit' },
              },
            ]
          : [];
        await tx.audit(finishedAtMs, attemptNote, ...closing);
        return {
          decision: 'fail',
          reasons: verdict.reasons,
          allowance,
          closedNow,
          faceMs: verdict.ms,
        };
      }
      const certificationId = deps.ids.uuid();
      const year = currentCampaignYear(finishedAtMs);
      let number: string | undefined;
      for (let i = 0; i < NUMBER_TRIES && number === undefined; i++) {
        const candidate = formatCertificateNumber(
          policy.certificatePrefix,
          year,
          deps.random.bytes(8),
        );
        const inserted = await tx.insertCertification({
          id: certificationId,
          pensionerId: input.pensionerId,
          campaignId: consumed.campaignId,
          certifiedAtMs: finishedAtMs,
          certificateNo: candidate,
          matchScore: verdict.matchScore,
        });
        if (inserted) number = candidate;
      }
      if (number === undefined) throw new Error('could not draw a free certificate number');
      const photo = input.frames[verdict.bestFrame ?? 0];
      if (photo) await tx.saveCertificatePhoto(certificationId, photo.image);
      await tx.audit(finishedAtMs, attemptNote, {
        action: 'certification.recorded',
        entity: 'certification',
        entityId: certificationId,
        details: {
          campaignId: consumed.campaignId,
          channel: 'self_service',
          method: 'face',
          certificateNo: number,
          matchScore: verdict.matchScore,
        },
        actor,
      });
      return {
        decision: 'pass',
        reasons: [],
        allowance,
        closedNow: false,
        certificate: { number, certifiedAtMs: finishedAtMs },
        faceMs: verdict.ms,
      };
    }),
  );
};
