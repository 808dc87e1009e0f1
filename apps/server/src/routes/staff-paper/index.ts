import type { AppInstance } from '../../app-types.ts';
import { offsiteRoutes } from './offsite-routes.ts';
import { overseasRoutes } from './overseas-routes.ts';
import { reviewRoutes } from './review-routes.ts';

/**
 * Paper proofs of life (`/api/staff`): the offsite form PDF, receipt of stamped forms and of
 * overseas documents with their scans, and their four-eyes review.
 */
export function staffPaperRoutes(app: AppInstance): Promise<void> {
  // Its own plugin context, so it declares the staff session slot requireStaff fills.
  app.decorateRequest('staffAuth', null);
  offsiteRoutes(app);
  overseasRoutes(app);
  reviewRoutes(app);
  return Promise.resolve();
}
