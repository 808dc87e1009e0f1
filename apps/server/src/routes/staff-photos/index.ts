import type { AppInstance } from '../../app-types.ts';
import { enrolRoutes } from './enrol-routes.ts';
import { personPhotoRoutes } from './person-routes.ts';
import { reviewRoutes } from './review-routes.ts';

/** Reference-photo re-enrolment with a second approval (see README.md). */
export function staffPhotoRoutes(app: AppInstance): Promise<void> {
  enrolRoutes(app);
  reviewRoutes(app);
  personPhotoRoutes(app);
  return Promise.resolve();
}
