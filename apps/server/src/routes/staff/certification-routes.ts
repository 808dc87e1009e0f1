import { randomUUID } from 'node:crypto';
import { formatCertificateNumber } from '@lifecert/core';
import { guardCertificationAgainstDeath } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { resolveSelfService } from '../../auth/self-service-settings.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError, fromDomain } from '../../errors.ts';
import { certificatePrefixOf } from '../self-service/certificate-prefix.ts';
import { IdCheckBody, IdCheckReply, PensionerParams } from './schemas.ts';
import { staffSituation } from './situation.ts';
import {
  assistedCertificationGate,
  assistedChannelOf,
  rolesAllowed,
  validateIdCheckReason,
} from '@lifecert/core';
import { getScopedPensioner, insertIdCheckCertification } from '@lifecert/db';

// Numbers are 40 random bits: a collision is rare, several in a row mean something is broken.
const NUMBER_DRAWS = 5;

export function certificationRoutes(app: AppInstance): void {
  const { random } = resolveSelfService(app.deps);
  const prefix = certificatePrefixOf(app.deps.profile);

  app.post(
    '/api/staff/pensioners/:id/certifications',
    {
      schema: {
        tags: ['staff'],
        summary: 'Record an in-person check against the ID card when the face check cannot work',
        params: PensionerParams,
        body: IdCheckBody,
        response: { 201: IdCheckReply },
      },
      preHandler: requireStaff(rolesAllowed('certify.id_check')),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const { db, clock } = app.deps;
      const p = await getScopedPensioner(db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      const reason = validateIdCheckReason(req.body.reason);
      if (!reason.ok) throw new AppError(reason.error, { field: 'reason' });
      const channel = assistedChannelOf(staff.organisationKind);
      const now = clock.now();
      const guard = await guardCertificationAgainstDeath(db, {
        pensionerId: p.id,
        certifiedAtMs: now,
        channel,
        nowMs: now,
      });
      if (!guard.ok) throw fromDomain(guard.error);

      const certificateNo = await db.transaction().execute(async (trx) => {
        // The row lock makes two clerks certifying the same person at once take turns, so the
        // second sees the first's certification and is refused.
        const s = await staffSituation(app.deps, trx, p.id, { lock: true });
        const gate = assistedCertificationGate({ campaign: s?.campaign, status: s?.status });
        if (!gate.ok) throw new AppError(gate.error);
        for (let i = 0; i < NUMBER_DRAWS; i++) {
          const candidate = formatCertificateNumber(prefix, gate.value.year, random.bytes(8));
          const stored = await insertIdCheckCertification(trx, {
            certificationId: randomUUID(),
            pensionerId: p.id,
            campaignId: gate.value.id,
            channel,
            staffId: staff.staffId,
            organisationId: staff.organisationId,
            reason: reason.value,
            certifiedAtMs: now,
            certificateNo: candidate,
          });
          if (stored) return candidate;
        }
        throw new Error('no free certificate number after several draws');
      });
      return reply.status(201).send({
        certificateNo,
        channel,
        method: 'id_check' as const,
        certifiedAt: new Date(now).toISOString(),
      });
    },
  );
}
