import type { PhotoEnrolmentRow } from '@lifecert/db';

export const enrolmentView = (e: PhotoEnrolmentRow) => ({
  ...e,
  requestedAt: e.requestedAt.toISOString(),
  decidedAt: e.decidedAt?.toISOString() ?? null,
});
