import type { AppInstance } from '../../app-types.ts';
import { certificationRoutes } from './certification-routes.ts';
import { meRoutes } from './me-routes.ts';
import { previewRoutes } from './preview-routes.ts';
import { sessionRoutes } from './session-routes.ts';

/** The pensioner's own API: login, contact details, certification, "Me". */
export function selfServiceRoutes(app: AppInstance): Promise<void> {
  sessionRoutes(app);
  meRoutes(app);
  certificationRoutes(app);
  previewRoutes(app);
  return Promise.resolve();
}
