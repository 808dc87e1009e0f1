import { z } from 'zod';
import type { AppInstance } from '../../app-types.ts';
import { requirePensioner, bearerHash } from '../../auth/session-token.ts';
import { AppError } from '../../errors.ts';
import { previewerOf } from '../../face/face-verifier.ts';

/** A small camera still: a phone sends ~320x240 at medium JPEG quality, well under this. */
export const MAX_PREVIEW_BYTES = 64 * 1024;
const MAX_PREVIEW_BASE64 = Math.ceil(MAX_PREVIEW_BYTES / 3) * 4;
/** The camera page asks about twice a second; a little slack for timer jitter. */
export const PREVIEWS_PER_SECOND = 3;

const FINDINGS = [
  'ok',
  'no_face',
  'multiple_faces',
  'too_dark',
  'face_too_small',
  'too_blurry',
] as const;

export const PreviewBody = z.object({
  jpeg: z
    .string()
    .min(4)
    .max(MAX_PREVIEW_BASE64)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'expected base64'),
});

export const PreviewReply = z.object({
  finding: z.enum(FINDINGS),
  problems: z.array(z.enum(FINDINGS)),
  faces: z.number(),
  faceSize: z.number(),
  brightness: z.number(),
});

const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/**
 * Live guidance while the person gets into position ("face missing, too small, too dark, not
 * alone"), for phones whose browser cannot detect faces itself. The still is analysed in memory
 * and dropped: nothing is stored or logged, and it never counts as evidence; the recording is
 * judged on its own. Open to a logged-in pensioner (the camera page precedes the challenge, whose
 * clock starts only when they are ready), throttled per session.
 */
export function previewRoutes(app: AppInstance): void {
  app.post(
    '/api/self/preview',
    {
      bodyLimit: MAX_PREVIEW_BASE64 + 1024,
      config: {
        rateLimit: {
          max: PREVIEWS_PER_SECOND,
          timeWindow: 1000,
          // Per session, so one household's shared address does not throttle its neighbours.
          keyGenerator: (req) => `preview:${bearerHash(req) ?? req.ip}`,
        },
      },
      schema: {
        tags: ['self-service'],
        summary: 'Live guidance from one camera still (not stored, not evidence)',
        body: PreviewBody,
        response: { 200: PreviewReply },
      },
    },
    async (req) => {
      await requirePensioner(req);
      const previewer = previewerOf(app.deps.face);
      if (!previewer) throw new AppError('self_service_unavailable');
      const image = new Uint8Array(Buffer.from(req.body.jpeg, 'base64'));
      if (!isJpeg(image))
        throw new AppError('validation_failed', [{ field: 'jpeg', rule: 'jpeg' }]);
      try {
        return await previewer.preview(image);
      } catch {
        // A truncated or corrupt JPEG: the decoder's message is of no use to the person.
        throw new AppError('validation_failed', [{ field: 'jpeg', rule: 'jpeg' }]);
      }
    },
  );
}
