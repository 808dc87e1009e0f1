import {
  livenessReasonMessage,
  shanghaiDate,
  type CapturedFrame,
  type ChallengeAction,
  type FaceVerdictReason,
  type FaceVerifier,
  type Locale,
} from '@lifecert/core';
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../errors.ts';
import { cleanImage } from '../../uploads/clean-image.ts';

// What the phone's and the staff device's recording routes (staff/face-certification-routes.ts)
// do the same way: take the frames in, and answer the verdict and the certificate.

const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** The sent frames as the engine takes them, each JPEG re-encoded without its metadata. */
export const cleanFrames = (
  frames: { jpeg: string; t: number; step: number }[],
): Promise<CapturedFrame[]> =>
  // Canvas JPEGs carry no metadata, but a client's word is not taken for it.
  Promise.all(
    frames.map(async (f, i) => {
      const sent = new Uint8Array(Buffer.from(f.jpeg, 'base64'));
      const image = isJpeg(sent) ? await cleanImage(sent, 'image/jpeg') : undefined;
      if (!image) {
        throw new AppError('validation_failed', [{ field: `frames.${i}.jpeg`, rule: 'jpeg' }]);
      }
      return { image, t: f.t, step: f.step };
    }),
  );

/**
 * The face port with its failures logged: the core turns a failed engine into a `not_judged`
 * attempt and a 503 for the person, and the operators need the cause. The error of a worker
 * carries no frame, photo or ID number, only what broke.
 */
export const loggingFace = (face: FaceVerifier, log: FastifyBaseLogger): FaceVerifier => ({
  verify: (input) =>
    face.verify(input).catch((e: unknown) => {
      log.error({ err: e }, 'face engine failed on a recording; attempt not judged');
      throw e;
    }),
  close: () => face.close(),
});

/** The issued challenge as both challenge routes answer it. */
export const challengeReply = (c: {
  challengeId: string;
  actions: ChallengeAction[];
  issuedAtMs: number;
  expiresAtMs: number;
}) => ({
  challengeId: c.challengeId,
  actions: c.actions,
  issuedAt: new Date(c.issuedAtMs).toISOString(),
  expiresAt: new Date(c.expiresAtMs).toISOString(),
});

/** The decision and its reasons in the user's language. */
export const verdictReply = (
  out: { decision: 'pass' | 'fail'; reasons: FaceVerdictReason[] },
  lang: Locale,
) => ({
  decision: out.decision,
  reasons: out.reasons.map((x) => ({
    code: x.code,
    message: livenessReasonMessage(x.code, x)[lang],
    ...(x.step === undefined ? {} : { step: x.step }),
    ...(x.action === undefined ? {} : { action: x.action }),
    ...(x.why === undefined ? {} : { why: x.why }),
  })),
});

/** The certificate part of a reply: nothing when the recording did not certify. */
export const certificateReply = (
  certificate: { number: string; certifiedAtMs: number } | undefined,
  photoUrl: (number: string) => string,
) =>
  certificate
    ? {
        certificate: {
          number: certificate.number,
          date: shanghaiDate(certificate.certifiedAtMs),
          photoUrl: photoUrl(certificate.number),
        },
      }
    : {};
