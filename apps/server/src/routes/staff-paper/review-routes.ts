import { randomUUID } from 'node:crypto';
import {
  assistedCertificationGate,
  CERTIFICATION_OF_PROOF,
  checkReview,
  formatCertificateNumber,
  rolesAllowed,
} from '@lifecert/core';
import {
  appendAudit,
  decidePaperProof,
  getPaperProofScan,
  getScopedPaperProof,
  getScopedPensioner,
  guardCertificationAgainstDeath,
  listPaperProofs,
  type PaperProofRow,
} from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { resolveSelfService } from '../../auth/self-service-settings.ts';
import { requireStaff, staffOf, type StaffAuth } from '../../auth/staff-session.ts';
import { AppError, fromDomain } from '../../errors.ts';
import { certificatePrefixOf } from '../self-service/certificate-prefix.ts';
import { STAFF_CONSOLE } from '../staff/staff-console.ts';
import { staffSituation } from '../staff/situation.ts';
import { proofView } from './proof-view.ts';
import {
  DecisionReply,
  PaperProofView,
  ProofParams,
  QueueQuery,
  PensionerParams,
  PersonProofsReply,
  QueueReply,
  RejectBody,
} from './schemas.ts';

// Numbers are 40 random bits: a collision is rare, several in a row mean something is broken.
const NUMBER_DRAWS = 5;

export function reviewRoutes(app: AppInstance): void {
  const { random } = resolveSelfService(app.deps);
  const prefix = certificatePrefixOf(app.deps.profile);

  app.get(
    '/api/staff/paper-proofs',
    {
      schema: {
        tags: ['staff'],
        summary: 'Received forms and documents, oldest first (pending by default), in your scope',
        querystring: QueueQuery,
        response: { 200: QueueReply },
      },
      preHandler: requireStaff(rolesAllowed('paper.read')),
    },
    async (req) => {
      const staff = staffOf(req);
      const rows = await listPaperProofs(app.deps.db, staff.scope, req.query);
      return { items: rows.map((r) => proofView(r, app.deps.profile, staff)) };
    },
  );

  app.get(
    '/api/staff/pensioners/:id/paper-proofs',
    {
      schema: {
        tags: ['staff'],
        summary: "A person's place of residence and every form or document received for them",
        params: PensionerParams,
        response: { 200: PersonProofsReply },
      },
      preHandler: requireStaff(rolesAllowed('paper.read')),
    },
    async (req) => {
      const staff = staffOf(req);
      const p = await getScopedPensioner(app.deps.db, staff.scope, req.params.id);
      if (!p) throw new AppError('not_found');
      const rows = await listPaperProofs(app.deps.db, staff.scope, { pensionerId: p.id });
      return {
        residence: p.residence,
        residenceRegion: p.residence_region,
        proofs: rows.map((r) => proofView(r, app.deps.profile, staff)),
      };
    },
  );

  app.get(
    '/api/staff/paper-proofs/:id',
    {
      schema: {
        tags: ['staff'],
        summary: 'One received form or document; 404 outside your scope',
        params: ProofParams,
        response: { 200: PaperProofView },
      },
      preHandler: requireStaff(rolesAllowed('paper.read')),
    },
    async (req) => {
      const staff = staffOf(req);
      const row = await getScopedPaperProof(app.deps.db, staff.scope, req.params.id);
      if (!row) throw new AppError('not_found');
      return proofView(row, app.deps.profile, staff);
    },
  );

  app.get(
    '/api/staff/paper-proofs/:id/scan',
    {
      schema: {
        tags: ['staff'],
        summary: 'The scan of a received form or document (viewing is audited)',
        params: ProofParams,
      },
      preHandler: requireStaff(rolesAllowed('paper.scan')),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const { db, clock } = app.deps;
      const row = await getScopedPaperProof(db, staff.scope, req.params.id);
      const scan = row && (await getPaperProofScan(db, row.id));
      // Purged after the retention period: the decision stays, the image does not.
      if (!row || !scan) throw new AppError('not_found');
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor: { kind: 'staff', id: staff.staffId },
          channel: STAFF_CONSOLE,
          action: 'paper_proof.scan_viewed',
          entity: 'pensioner',
          entityId: row.pensionerId,
          at: new Date(clock.now()),
          details: { proofId: row.id },
        }),
      );
      return reply
        .header('content-type', scan.contentType)
        .header('content-disposition', 'inline')
        .header('cache-control', 'no-store')
        .send(Buffer.from(scan.data));
    },
  );

  /** Loads and locks the proof, then applies the four-eyes and once-only rules. */
  const lockForReview = async (
    trx: Parameters<typeof decidePaperProof>[0],
    staff: StaffAuth,
    id: string,
    decision: { approve: true } | { approve: false; reason: string },
  ): Promise<{ row: PaperProofRow; reason: string | null }> => {
    const row = await getScopedPaperProof(trx, staff.scope, id, { lock: true });
    if (!row) throw new AppError('not_found');
    const checked = checkReview(row, staff.staffId, decision);
    if (!checked.ok) throw new AppError(checked.error, { field: 'reason' });
    return { row, reason: checked.value.reason };
  };

  app.post(
    '/api/staff/paper-proofs/:id/approve',
    {
      schema: {
        tags: ['staff'],
        summary: 'Approve a received form or document: the person is certified (four eyes)',
        params: ProofParams,
        response: { 200: DecisionReply },
      },
      preHandler: requireStaff(rolesAllowed('paper.review')),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock } = app.deps;
      const now = clock.now();
      const found = await getScopedPaperProof(db, staff.scope, req.params.id);
      if (!found) throw new AppError('not_found');
      const guard = await guardCertificationAgainstDeath(db, {
        pensionerId: found.pensionerId,
        certifiedAtMs: now,
        channel: CERTIFICATION_OF_PROOF[found.kind].channel,
        nowMs: now,
      });
      if (!guard.ok) throw fromDomain(guard.error);
      const certificateNo = await db.transaction().execute(async (trx) => {
        const { row } = await lockForReview(trx, staff, req.params.id, { approve: true });
        const s = await staffSituation(app.deps, trx, row.pensionerId, { lock: true });
        const gate = assistedCertificationGate({ campaign: s?.campaign, status: s?.status });
        if (!gate.ok) throw new AppError(gate.error);
        if (gate.value.id !== row.campaignId) throw new AppError('campaign_not_open');
        for (let i = 0; i < NUMBER_DRAWS; i++) {
          const candidate = formatCertificateNumber(prefix, gate.value.year, random.bytes(8));
          const stored = await decidePaperProof(trx, {
            proof: row,
            reviewerId: staff.staffId,
            decidedAtMs: now,
            approve: true,
            certificationId: randomUUID(),
            certificateNo: candidate,
          });
          if (stored) return candidate;
        }
        throw new Error('no free certificate number after several draws');
      });
      const row = await getScopedPaperProof(db, staff.scope, req.params.id);
      return { ...proofView(row!, app.deps.profile, staff), certificateNo };
    },
  );

  app.post(
    '/api/staff/paper-proofs/:id/reject',
    {
      schema: {
        tags: ['staff'],
        summary: 'Reject a received form or document with a reason (four eyes)',
        params: ProofParams,
        body: RejectBody,
        response: { 200: DecisionReply },
      },
      preHandler: requireStaff(rolesAllowed('paper.review')),
    },
    async (req) => {
      const staff = staffOf(req);
      const { db, clock } = app.deps;
      await db.transaction().execute(async (trx) => {
        const { row, reason } = await lockForReview(trx, staff, req.params.id, {
          approve: false,
          reason: req.body.reason,
        });
        await decidePaperProof(trx, {
          proof: row,
          reviewerId: staff.staffId,
          decidedAtMs: clock.now(),
          approve: false,
          reason: reason!,
        });
      });
      const row = await getScopedPaperProof(db, staff.scope, req.params.id);
      return { ...proofView(row!, app.deps.profile, staff), certificateNo: null };
    },
  );
}
