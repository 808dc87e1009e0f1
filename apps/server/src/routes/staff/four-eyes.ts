import { validateReason, type DomainErrorCode, type PensionerScope } from '@lifecert/core';
import type { Database } from '@lifecert/db';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AppInstance } from '../../app-types.ts';
import type { StaffAuth } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';

// The second member of staff's side of a four-eyes request (photo enrolments, information
// changes): the same bodies and the same decision steps, each feature with its own tables.

export const DecideBody = z.object({ reason: z.string().max(1000).optional() });
export const RejectBody = z.object({ reason: z.string().max(1000) });

export type RequestDecision = {
  decision: 'approve' | 'reject';
  reason: string | null;
  staffId: string;
  atMs: number;
};

/**
 * A decision route's handler: the request must be inside the decider's scope (404 otherwise);
 * a rejection needs a reason, an approval may carry one; the repository refuses the requester
 * and a request no longer pending. Answers the request as it now stands.
 */
export const requestDecider =
  <Row, View>(
    app: AppInstance,
    repo: {
      get: (db: Kysely<Database>, scope: PensionerScope, id: string) => Promise<Row | undefined>;
      decide: (
        db: Kysely<Database>,
        id: string,
        d: RequestDecision,
      ) => Promise<{ ok: true } | { ok: false; error: DomainErrorCode }>;
      view: (row: Row) => View;
    },
  ) =>
  async (
    staff: StaffAuth,
    id: string,
    decision: 'approve' | 'reject',
    reasonInput: string | undefined,
  ): Promise<View> => {
    const { db, clock } = app.deps;
    if (!(await repo.get(db, staff.scope, id))) throw new AppError('not_found');
    let reason: string | null = null;
    if (decision === 'reject' || (reasonInput ?? '').trim() !== '') {
      const r = validateReason(reasonInput ?? '');
      if (!r.ok) throw new AppError(r.error, { field: 'reason' });
      reason = r.value;
    }
    const result = await repo.decide(db, id, {
      decision,
      reason,
      staffId: staff.staffId,
      atMs: clock.now(),
    });
    if (!result.ok) throw new AppError(result.error);
    return repo.view((await repo.get(db, staff.scope, id))!);
  };
