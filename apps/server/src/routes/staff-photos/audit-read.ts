import { appendAudit } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import type { StaffAuth } from '../../auth/staff-session.ts';

/** Looking at someone's face or record is itself audited, like viewing a person. */
export const auditStaffRead = (
  app: AppInstance,
  staff: StaffAuth,
  action: string,
  entityId: string | null,
  details?: Record<string, unknown>,
) =>
  app.deps.db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor: { kind: 'staff', id: staff.staffId },
      channel: 'staff_console',
      action,
      entity: 'pensioner',
      entityId,
      at: new Date(app.deps.clock.now()),
      ...(details ? { details } : {}),
    }),
  );
