import {
  assistedChannelOf,
  issueAssistedChallenge,
  randomIds,
  rolesAllowed,
  submitAssistedRecording,
} from '@lifecert/core';
import {
  certificationPhotoOf,
  createAssistedFaceStore,
  getScopedPensioner,
  guardCertificationAgainstDeath,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { resolveSelfService } from '../../auth/self-service-settings.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError, fromDomain } from '../../errors.ts';
import { requestLang } from '../../i18n.ts';
import { certificatePrefixOf } from '../self-service/certificate-prefix.ts';
import {
  certificateReply,
  challengeReply,
  cleanFrames,
  loggingFace,
  verdictReply,
} from '../self-service/recording-steps.ts';
import {
  AssistedChallengeReply,
  AssistedPhotoParams,
  AssistedRecordingParams,
  AssistedRecordingReply,
  RecordingBody,
  RECORDING_BODY_LIMIT,
} from './face-certification-schemas.ts';
import { PensionerParams } from './schemas.ts';

export const assistedPhotoUrlOf = (pensionerId: string, certificateNo: string) =>
  `/api/staff/pensioners/${pensionerId}/face-certification/photos/${encodeURIComponent(certificateNo)}`;

/**
 * Face certification of a person in front of a clerk or courier, on the staff device's camera:
 * the same challenge, liveness and match as self-service, accounted to the staff member.
 */
export function faceCertificationRoutes(app: AppInstance): void {
  const cfg = resolveSelfService(app.deps);
  const { profile } = app.deps;
  const certificatePrefix = certificatePrefixOf(profile);
  const certifiers = rolesAllowed('certify.face');

  const operatorOf = (req: Parameters<typeof staffOf>[0]) => {
    const staff = staffOf(req);
    return {
      staff,
      operator: {
        staffId: staff.staffId,
        organisationId: staff.organisationId,
        channel: assistedChannelOf(staff.organisationKind),
      },
    };
  };

  app.post(
    '/api/staff/pensioners/:id/face-certification/challenges',
    {
      schema: {
        tags: ['staff'],
        summary: 'Start a face certification on this device: three random actions to perform',
        params: PensionerParams,
        response: { 200: AssistedChallengeReply },
      },
      preHandler: requireStaff(certifiers),
    },
    async (req) => {
      const { staff, operator } = operatorOf(req);
      const { db, clock } = app.deps;
      // Outside the scope answers exactly like a missing id, so ids cannot be probed.
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      if (!app.deps.face) throw new AppError('self_service_unavailable');
      const now = clock.now();
      const guard = await guardCertificationAgainstDeath(db, {
        pensionerId: p.id,
        certifiedAtMs: now,
        channel: operator.channel,
        nowMs: now,
      });
      if (!guard.ok) throw fromDomain(guard.error);
      const r = await issueAssistedChallenge(
        { store: createAssistedFaceStore(db), random: cfg.random, nowMs: now },
        { ...operator, pensionerId: p.id },
        {
          coveredSchemes: profile.campaign.coveredSchemes,
          actionsPerChallenge: profile.selfService.challengeActions,
          ttlMs: cfg.challengeTtlMs,
          pinned: cfg.pinned,
        },
      );
      if (!r.ok) throw new AppError(r.error);
      return challengeReply(r.value);
    },
  );

  app.post(
    '/api/staff/pensioners/:id/face-certification/challenges/:challengeId/recording',
    {
      bodyLimit: RECORDING_BODY_LIMIT,
      schema: {
        tags: ['staff'],
        summary: 'Send the frames captured on this device; the server judges them',
        params: AssistedRecordingParams,
        body: RecordingBody,
        response: { 200: AssistedRecordingReply },
      },
      preHandler: requireStaff(certifiers),
    },
    async (req) => {
      const receivedAtMs = app.deps.clock.now();
      const { staff, operator } = operatorOf(req);
      const { db } = app.deps;
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      const face = app.deps.face;
      if (!face) throw new AppError('self_service_unavailable');
      const frames = await cleanFrames(req.body.frames);
      const r = await submitAssistedRecording(
        {
          store: createAssistedFaceStore(db),
          face: loggingFace(face, req.log),
          random: cfg.random,
          ids: randomIds,
          now: () => app.deps.clock.now(),
        },
        {
          ...operator,
          pensionerId: p.id,
          challengeId: req.params.challengeId,
          frames,
          receivedAtMs,
        },
        { coveredSchemes: profile.campaign.coveredSchemes, certificatePrefix },
      );
      if (!r.ok) throw new AppError(r.error);
      const out = r.value;
      req.log.info(
        { decision: out.decision, reasons: out.reasons.map((x) => x.code), faceMs: out.faceMs },
        'assisted face attempt judged',
      );
      const lang = requestLang(req);
      return {
        ...verdictReply(out, lang),
        channel: operator.channel,
        ...certificateReply(out.certificate, (n) => assistedPhotoUrlOf(p.id, n)),
      };
    },
  );

  app.get(
    '/api/staff/pensioners/:id/face-certification/photos/:number',
    {
      schema: {
        tags: ['staff'],
        summary: 'The photo kept from a face certification of this person (JPEG)',
        params: AssistedPhotoParams,
      },
      preHandler: requireStaff(certifiers),
    },
    async (req, reply) => {
      const { staff } = operatorOf(req);
      const p = await getScopedPensioner(app.deps.db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      const jpeg = await certificationPhotoOf(app.deps.db, p.id, req.params.number);
      if (!jpeg) throw new AppError('not_found');
      return reply
        .header('content-type', 'image/jpeg')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(jpeg));
    },
  );
}
