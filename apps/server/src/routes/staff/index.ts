import type { AppInstance } from '../../app-types.ts';
import { certificationRoutes } from './certification-routes.ts';
import { faceCertificationRoutes } from './face-certification-routes.ts';
import { pensionerRoutes } from './pensioner-routes.ts';
import { reopenRoutes } from './reopen-routes.ts';
import { sessionRoutes } from './session-routes.ts';

/** The staff console's API: sessions, scoped pensioner lookup, assisted certification. */
export function staffRoutes(app: AppInstance): Promise<void> {
  app.decorateRequest('staffAuth', null);
  sessionRoutes(app);
  pensionerRoutes(app);
  certificationRoutes(app);
  reopenRoutes(app);
  faceCertificationRoutes(app);
  return Promise.resolve();
}
