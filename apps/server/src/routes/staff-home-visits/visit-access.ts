import type { HomeVisit, Database } from '@lifecert/db';
import { getHomeVisit, getScopedPensioner } from '@lifecert/db';
import type { Kysely } from 'kysely';
import type { StaffAuth } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';

/**
 * A visit the staff member may act on, else 404 (never 403: whether a visit exists outside your
 * scope is itself not yours to know). A courier sees its organisation's visits; a booker sees a
 * visit when everyone on it is inside the booker's own scope.
 */
export const visibleVisit = async (
  db: Kysely<Database>,
  staff: StaffAuth,
  visitId: string,
  opts: { lock?: boolean } = {},
): Promise<HomeVisit> => {
  const visit = await getHomeVisit(db, visitId, opts);
  if (!visit) throw new AppError('not_found');
  if (staff.role === 'courier') {
    if (staff.scope.kind !== 'booked_visits' || staff.scope.courierOrgId !== visit.courierOrgId) {
      throw new AppError('not_found');
    }
    return visit;
  }
  for (const p of visit.people) {
    if (!(await getScopedPensioner(db, staff.scope, p.pensionerId))) {
      throw new AppError('not_found');
    }
  }
  return visit;
};
