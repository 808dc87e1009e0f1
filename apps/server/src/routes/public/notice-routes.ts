import { checkNoticeCode } from '@lifecert/core';
import { noticeLookup } from '@lifecert/db';
import { z } from 'zod';
import type { AppInstance } from '../../app-types.ts';

const NoticeParams = z.object({ code: z.string().min(1).max(20) });

const NoticeReply = z.union([
  z.object({
    genuine: z.literal(true),
    kind: z.enum(['reminder', 'suspension', 'resumption']),
    campaignYear: z.number(),
    sentOn: z.string(),
  }),
  z.object({ genuine: z.literal(false) }),
]);

/**
 * Anyone may ask whether a code printed in an SMS came from the agency, so scam messages can be
 * told apart. The answer names the kind of notice, its year and day, never the recipient.
 */
export function noticeRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/public/notices/:code',
    {
      schema: {
        tags: ['public'],
        summary: 'Check the verification code of an SMS notice',
        params: NoticeParams,
        response: { 200: NoticeReply },
      },
    },
    (req) =>
      checkNoticeCode(req.params.code, {
        secret: app.deps.settings.noticeSecret,
        notices: noticeLookup(app.deps.db),
      }),
  );
  return Promise.resolve();
}
