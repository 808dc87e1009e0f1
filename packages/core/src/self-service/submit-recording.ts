import type { DomainErrorCode } from '../errors.ts';
import type { Ids } from '../ports.ts';
import { ok, type Result } from '../result.ts';
import { attemptAllowance, type AttemptAllowance } from './attempt-limit.ts';
import { drawCertificateNumber, judgeRecording } from './recording-steps.ts';
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
  const actor = { kind: 'pensioner' as const, id: input.pensionerId };
  const judged = await judgeRecording(
    consumed,
    () => store.activeReference(input.pensionerId),
    deps.face,
    input,
    (challenge) =>
      store.transaction(async (tx) => {
        const finishedAtMs = deps.now();
        await tx.finishAttempt({
          attemptId: challenge.attemptId,
          outcome: 'not_judged',
          reasons: [],
          matchScore: null,
          finishedAtMs,
        });
        await tx.audit(finishedAtMs, {
          action: 'self_service.attempt_not_judged',
          entity: 'self_service_attempt',
          entityId: challenge.attemptId,
          details: { campaignId: challenge.campaignId },
          actor,
        });
      }),
  );
  if (!judged.ok) return judged;
  const { challenge, verdict } = judged.value;
  const pass = verdict.decision === 'pass';

  return ok(
    await store.transaction(async (tx) => {
      const finishedAtMs = deps.now();
      await tx.person(input.pensionerId, { lock: true });
      const codes = verdict.reasons.map((r) => r.code);
      await tx.finishAttempt({
        attemptId: challenge.attemptId,
        outcome: pass ? 'succeeded' : 'failed',
        reasons: codes,
        matchScore: verdict.matchScore,
        finishedAtMs,
      });
      const failed = await tx.failedAttemptsSinceReopen(input.pensionerId, challenge.campaignId);
      const allowance = attemptAllowance(failed, policy.attemptLimit);
      const attemptNote = {
        action: pass ? 'self_service.attempt_succeeded' : 'self_service.attempt_failed',
        entity: 'self_service_attempt',
        entityId: challenge.attemptId,
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
                details: { campaignId: challenge.campaignId, failedAttempts: failed },
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
      const number = await drawCertificateNumber(
        policy.certificatePrefix,
        year,
        deps.random,
        (certificateNo) =>
          tx.insertCertification({
            id: certificationId,
            pensionerId: input.pensionerId,
            campaignId: challenge.campaignId,
            certifiedAtMs: finishedAtMs,
            certificateNo,
            matchScore: verdict.matchScore,
          }),
      );
      const photo = input.frames[verdict.bestFrame ?? 0];
      if (photo) await tx.saveCertificatePhoto(certificationId, photo.image);
      await tx.audit(finishedAtMs, attemptNote, {
        action: 'certification.recorded',
        entity: 'certification',
        entityId: certificationId,
        details: {
          campaignId: challenge.campaignId,
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
