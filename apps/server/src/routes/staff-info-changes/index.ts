import type { AppInstance } from '../../app-types.ts';
import { requestRoutes } from './request-routes.ts';
import { reviewRoutes } from './review-routes.ts';

/** Corrections of basic information with a second approval. */
export function staffInfoChangeRoutes(app: AppInstance): Promise<void> {
  requestRoutes(app);
  reviewRoutes(app);
  return Promise.resolve();
}
