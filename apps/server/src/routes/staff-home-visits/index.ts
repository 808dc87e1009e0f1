import type { AppInstance } from '../../app-types.ts';
import { bookingRoutes } from './booking-routes.ts';
import { courierRoutes } from './courier-routes.ts';

/** Paid home visits: booking at the counter, the courier's day list and on-site work. */
export function staffHomeVisitRoutes(app: AppInstance): Promise<void> {
  // Its own plugin context, so it declares the staff session slot requireStaff fills.
  app.decorateRequest('staffAuth', null);
  bookingRoutes(app);
  courierRoutes(app);
  return Promise.resolve();
}
