import type { InfoChangeRow } from '@lifecert/db';
import { maskIdNumber } from '../self-service/me-routes.ts';

export const changeView = (c: InfoChangeRow) => ({
  ...c,
  proxy: c.proxy && { ...c.proxy, idNumber: maskIdNumber(c.proxy.idNumber) },
  requestedAt: c.requestedAt.toISOString(),
  decidedAt: c.decidedAt?.toISOString() ?? null,
});
