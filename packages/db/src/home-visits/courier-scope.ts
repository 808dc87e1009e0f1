import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * The courier's scope as a condition on `pensioners` (or the alias given): people on a
 * still-booked visit of the courier's organisation. Once a visit is completed or cancelled its
 * people drop out of sight.
 */
export const onBookedVisitOf = (
  courierOrgId: string,
  pensioners = 'pensioners',
): Expression<SqlBool> => sql<SqlBool>`
  exists (select 1 from home_visit_people hp
    join home_visits v on v.id = hp.visit_id
    where hp.pensioner_id = ${sql.ref(`${pensioners}.id`)} and v.courier_org_id = ${courierOrgId}
      and v.state = 'booked')`;
