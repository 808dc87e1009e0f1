import type { AppInstance } from '../../app-types.ts';
import { pendingRoutes } from './pending-routes.ts';
import { progressRoutes } from './progress-routes.ts';

/** Reports: campaign progress, the pending list for outreach, and their CSV/XLSX exports. */
export function staffReportRoutes(app: AppInstance): Promise<void> {
  progressRoutes(app);
  pendingRoutes(app);
  return Promise.resolve();
}
