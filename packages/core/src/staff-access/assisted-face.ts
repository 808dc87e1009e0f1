import type { Channel } from '../channels.ts';
import type { DomainErrorCode } from '../errors.ts';
import type { Ids } from '../ports.ts';
import { err, ok, type Result } from '../result.ts';
import { drawCertificateNumber, judgeRecording } from '../self-service/recording-steps.ts';
import { chooseChallenge, type ChallengeAction } from '../self-service/challenge.ts';
import { selfServiceSituation, type SelfServicePolicy } from '../self-service/gate.ts';
import { hashToken, newToken, type IssuedChallenge } from '../self-service/issue-challenge.ts';
import type {
  CapturedFrame,
  FaceVerdictReason,
  FaceVerifier,
  RandomSource,
} from '../self-service/ports.ts';
import type { AuditNote, ConsumeResult, SelfServiceStore } from '../self-service/store.ts';
import { assistedCertificationGate } from './assisted-certification.ts';

// Face certification on a staff device (counter, employer, bank, home visit). The person, the
// challenge, the liveness and the match are exactly self-service's (same challenge draw, same
// FaceVerifier, same reference photo); what differs is who is accountable: attempts belong to the
// clerk, never count towards the person's self-service limit, and the certificate names the
// clerk as operator and the channel of the clerk's organisation.

/** Who is certifying, as the staff session says; the channel follows the organisation kind. */
export type AssistedOperator = { staffId: string; organisationId: string; channel: Channel };

export type AssistedFaceStore = {
  /** the self-service store on the same connection: situation, reference photo, photo storage */
  self: SelfServiceStore;
  transaction<T>(fn: (tx: AssistedFaceStore) => Promise<T>): Promise<T>;
  /** stores the challenge, abandoning this clerk's unfinished ones for the person */
  openChallenge(
    c: AssistedOperator & {
      pensionerId: string;
      campaignId: string;
      actions: ChallengeAction[];
      issuedAtMs: number;
      expiresAtMs: number;
      tokenHash: string;
    },
  ): Promise<string>;
  /** marks the challenge used, once, and only for the clerk who started it */
  consumeChallenge(
    tokenHash: string,
    pensionerId: string,
    staffId: string,
    nowMs: number,
  ): Promise<ConsumeResult>;
  finishAttempt(a: {
    attemptId: string;
    outcome: 'succeeded' | 'failed' | 'not_judged';
    reasons: string[];
    matchScore: number | null;
    finishedAtMs: number;
    certificationId: string | null;
  }): Promise<void>;
  /** false when the number is taken (the caller draws another) */
  insertCertification(c: {
    id: string;
    pensionerId: string;
    campaignId: string;
    channel: Channel;
    operatorId: string;
    certifiedAtMs: number;
    certificateNo: string;
    matchScore: number | null;
  }): Promise<boolean>;
  audit(atMs: number, channel: Channel, ...notes: AuditNote[]): Promise<void>;
};

export type AssistedChallengePolicy = Pick<SelfServicePolicy, 'coveredSchemes'> & {
  actionsPerChallenge: number;
  ttlMs: number;
  pinned?: readonly ChallengeAction[] | null;
};

/**
 * Checks the person can be certified now (the assisted gate: late and suspended people are
 * welcome, the self-service limit does not apply) and has a reference photo, then stores a
 * one-time challenge for this clerk.
 */
export const issueAssistedChallenge = (
  deps: { store: AssistedFaceStore; random: RandomSource; nowMs: number },
  input: AssistedOperator & { pensionerId: string },
  policy: AssistedChallengePolicy,
): Promise<Result<IssuedChallenge, DomainErrorCode>> =>
  deps.store.transaction(async (tx) => {
    const person = await tx.self.person(input.pensionerId, { lock: true });
    if (!person) return err('not_found');
    // The attempt limit plays no part here; any number satisfies the situation's signature.
    const situation = await selfServiceSituation(
      tx.self,
      person,
      { attemptLimit: 1, coveredSchemes: policy.coveredSchemes },
      deps.nowMs,
    );
    const gate = assistedCertificationGate(situation);
    if (!gate.ok) return err(gate.error);
    if (!(await tx.self.activeReference(person.id))) return err('no_reference_photo');
    const actions = policy.pinned
      ? [...policy.pinned]
      : chooseChallenge((n) => deps.random.int(n), policy.actionsPerChallenge);
    const token = newToken(deps.random);
    const expiresAtMs = deps.nowMs + policy.ttlMs;
    const attemptId = await tx.openChallenge({
      ...input,
      campaignId: gate.value.id,
      actions,
      issuedAtMs: deps.nowMs,
      expiresAtMs,
      tokenHash: hashToken(token),
    });
    await tx.audit(deps.nowMs, input.channel, {
      action: 'assisted_face.challenge_issued',
      entity: 'assisted_face_attempt',
      entityId: attemptId,
      details: {
        pensionerId: person.id,
        campaignId: gate.value.id,
        organisationId: input.organisationId,
        actions,
        pinned: Boolean(policy.pinned),
      },
      actor: { kind: 'staff', id: input.staffId },
    });
    return ok({ challengeId: token, actions, issuedAtMs: deps.nowMs, expiresAtMs });
  });

export type AssistedOutcome = {
  decision: 'pass' | 'fail';
  reasons: FaceVerdictReason[];
  certificate?: { number: string; certifiedAtMs: number };
  faceMs: number;
};

/**
 * Judges a recording made on the staff device, as submitRecording does for the phone: the
 * challenge is consumed first (judged once), the engine runs outside any transaction, then the
 * attempt, the certification with its operator and photo, and the audit entries are written
 * together. A certification that arrived meanwhile (another clerk, the phone) wins: the attempt
 * is kept and the answer is `already_certified`.
 */
export const submitAssistedRecording = async (
  deps: {
    store: AssistedFaceStore;
    face: FaceVerifier;
    random: RandomSource;
    ids: Ids;
    now: () => number;
  },
  input: AssistedOperator & {
    pensionerId: string;
    challengeId: string;
    frames: CapturedFrame[];
    receivedAtMs: number;
  },
  policy: Pick<SelfServicePolicy, 'coveredSchemes'> & { certificatePrefix: string },
): Promise<Result<AssistedOutcome, DomainErrorCode>> => {
  const { store } = deps;
  const consumed = await store.consumeChallenge(
    hashToken(input.challengeId),
    input.pensionerId,
    input.staffId,
    input.receivedAtMs,
  );
  const actor = { kind: 'staff' as const, id: input.staffId };
  const judged = await judgeRecording(
    consumed,
    () => store.self.activeReference(input.pensionerId),
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
          certificationId: null,
        });
        await tx.audit(finishedAtMs, input.channel, {
          action: 'assisted_face.attempt_not_judged',
          entity: 'assisted_face_attempt',
          entityId: challenge.attemptId,
          details: { pensionerId: input.pensionerId, organisationId: input.organisationId },
          actor,
        });
      }),
  );
  if (!judged.ok) return judged;
  const { challenge, verdict } = judged.value;
  const codes = verdict.reasons.map((r) => r.code);

  return store.transaction(async (tx): Promise<Result<AssistedOutcome, DomainErrorCode>> => {
    const finishedAtMs = deps.now();
    const person = await tx.self.person(input.pensionerId, { lock: true });
    if (!person) return err('not_found');
    const attemptNote = (outcome: 'succeeded' | 'failed', extra: Record<string, unknown> = {}) => ({
      action:
        outcome === 'succeeded'
          ? 'assisted_face.attempt_succeeded'
          : 'assisted_face.attempt_failed',
      entity: 'assisted_face_attempt',
      entityId: challenge.attemptId,
      details: {
        pensionerId: input.pensionerId,
        organisationId: input.organisationId,
        reasons: codes,
        matchScore: verdict.matchScore,
        faceMs: verdict.ms,
        ...extra,
      },
      actor,
    });
    const finish = (outcome: 'succeeded' | 'failed', certificationId: string | null = null) =>
      tx.finishAttempt({
        attemptId: challenge.attemptId,
        outcome,
        reasons: codes,
        matchScore: verdict.matchScore,
        finishedAtMs,
        certificationId,
      });

    if (verdict.decision !== 'pass') {
      await finish('failed');
      await tx.audit(finishedAtMs, input.channel, attemptNote('failed'));
      return ok({ decision: 'fail', reasons: verdict.reasons, faceMs: verdict.ms });
    }
    const situation = await selfServiceSituation(
      tx.self,
      person,
      { attemptLimit: 1, coveredSchemes: policy.coveredSchemes },
      finishedAtMs,
    );
    const gate = assistedCertificationGate(situation);
    if (!gate.ok) {
      await finish('succeeded');
      await tx.audit(
        finishedAtMs,
        input.channel,
        attemptNote('succeeded', { refused: gate.error }),
      );
      return err(gate.error);
    }
    const certificationId = deps.ids.uuid();
    const number = await drawCertificateNumber(
      policy.certificatePrefix,
      gate.value.year,
      deps.random,
      (certificateNo) =>
        tx.insertCertification({
          id: certificationId,
          pensionerId: input.pensionerId,
          campaignId: gate.value.id,
          channel: input.channel,
          operatorId: input.staffId,
          certifiedAtMs: finishedAtMs,
          certificateNo,
          matchScore: verdict.matchScore,
        }),
    );
    const photo = input.frames[verdict.bestFrame ?? 0];
    if (photo) await tx.self.saveCertificatePhoto(certificationId, photo.image);
    await finish('succeeded', certificationId);
    await tx.audit(finishedAtMs, input.channel, attemptNote('succeeded'), {
      action: 'certification.recorded',
      entity: 'certification',
      entityId: certificationId,
      details: {
        pensionerId: input.pensionerId,
        campaignId: gate.value.id,
        channel: input.channel,
        method: 'face',
        certificateNo: number,
        matchScore: verdict.matchScore,
        organisationId: input.organisationId,
      },
      actor,
    });
    return ok({
      decision: 'pass',
      reasons: [],
      certificate: { number, certifiedAtMs: finishedAtMs },
      faceMs: verdict.ms,
    });
  });
};
