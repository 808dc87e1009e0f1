import { issueChallenge, randomIds, submitRecording } from '@lifecert/core';
import { createSelfServiceStore, ownCertificatePhoto } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { resolveSelfService } from '../../auth/self-service-settings.ts';
import { requirePensioner } from '../../auth/session-token.ts';
import { AppError } from '../../errors.ts';
import { requestLang } from '../../i18n.ts';
import { alternativesOf } from '../public/help-info.ts';
import { certificatePrefixOf } from './certificate-prefix.ts';
import {
  certificateReply,
  challengeReply,
  cleanFrames,
  loggingFace,
  verdictReply,
} from './recording-steps.ts';
import {
  CertificateParams,
  ChallengeParams,
  ChallengeReply,
  RecordingBody,
  RecordingReply,
  RECORDING_BODY_LIMIT,
} from './schemas.ts';

export const photoUrlOf = (certificateNo: string) =>
  `/api/self/certificates/${encodeURIComponent(certificateNo)}/photo`;

export function certificationRoutes(app: AppInstance): void {
  const cfg = resolveSelfService(app.deps);
  const { profile } = app.deps;
  const policy = {
    attemptLimit: profile.selfService.attemptLimit,
    coveredSchemes: profile.campaign.coveredSchemes,
  };
  const certificatePrefix = certificatePrefixOf(profile);

  app.post(
    '/api/self/challenges',
    {
      schema: {
        tags: ['self-service'],
        summary: 'Start a certification: three random actions and a one-time challenge id',
        response: { 200: ChallengeReply },
      },
    },
    async (req) => {
      const auth = await requirePensioner(req);
      const r = await issueChallenge(
        {
          store: createSelfServiceStore(app.deps.db),
          random: cfg.random,
          nowMs: app.deps.clock.now(),
        },
        auth.pensionerId,
        {
          ...policy,
          actionsPerChallenge: profile.selfService.challengeActions,
          ttlMs: cfg.challengeTtlMs,
          pinned: cfg.pinned,
        },
      );
      if (!r.ok) {
        const closed = r.error.code === 'attempt_limit_reached';
        throw new AppError(
          r.error.code,
          closed ? { attemptsLeft: 0, alternatives: alternativesOf(profile) } : undefined,
        );
      }
      return challengeReply(r.value);
    },
  );

  app.post(
    '/api/self/challenges/:id/recording',
    {
      bodyLimit: RECORDING_BODY_LIMIT,
      schema: {
        tags: ['self-service'],
        summary: 'Send the captured frames; the server judges them with its own face engine',
        params: ChallengeParams,
        body: RecordingBody,
        response: { 200: RecordingReply },
      },
    },
    async (req) => {
      const receivedAtMs = app.deps.clock.now();
      const auth = await requirePensioner(req);
      const face = app.deps.face;
      if (!face) throw new AppError('self_service_unavailable');
      const frames = await cleanFrames(req.body.frames);
      const r = await submitRecording(
        {
          store: createSelfServiceStore(app.deps.db),
          face: loggingFace(face, req.log),
          random: cfg.random,
          ids: randomIds,
          now: () => app.deps.clock.now(),
        },
        { pensionerId: auth.pensionerId, challengeId: req.params.id, frames, receivedAtMs },
        { attemptLimit: policy.attemptLimit, certificatePrefix },
      );
      if (!r.ok) throw new AppError(r.error);
      const lang = requestLang(req);
      const out = r.value;
      req.log.info(
        { decision: out.decision, reasons: out.reasons.map((x) => x.code), faceMs: out.faceMs },
        'self-service attempt judged',
      );
      return {
        ...verdictReply(out, lang),
        attemptsLeft: out.allowance.left,
        selfServiceOpen: out.allowance.open,
        ...certificateReply(out.certificate, photoUrlOf),
        ...(out.allowance.open ? {} : { alternatives: alternativesOf(profile) }),
      };
    },
  );

  app.get(
    '/api/self/certificates/:number/photo',
    {
      schema: {
        tags: ['self-service'],
        summary: 'The photo kept from one of your own certifications (JPEG)',
        params: CertificateParams,
      },
    },
    async (req, reply) => {
      const auth = await requirePensioner(req);
      const jpeg = await ownCertificatePhoto(app.deps.db, auth.pensionerId, req.params.number);
      // Another person's number looks exactly like a number that does not exist.
      if (!jpeg) throw new AppError('not_found');
      return reply
        .header('content-type', 'image/jpeg')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(jpeg));
    },
  );
}
