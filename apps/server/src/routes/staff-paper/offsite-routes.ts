import { readOffsiteFormReference, rolesAllowed } from '@lifecert/core';
import { getPensionerById, getScopedPensioner, getScopedPaperProof } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { requirePensioner } from '../../auth/session-token.ts';
import { offsiteFormOf, PDF_HEADERS } from './offsite-form.ts';
import { decodeScan, proofView } from './proof-view.ts';
import { recordProof, scopedPersonFor, todayOf } from './record-proof.ts';
import {
  OffsiteFormReceiptBody,
  PaperProofView,
  PensionerParams,
  ReferenceQuery,
  ReferenceReply,
  UPLOAD_BODY_LIMIT,
} from './schemas.ts';

export function offsiteRoutes(app: AppInstance): void {
  const secret = () => app.deps.settings.noticeSecret;

  app.get(
    '/api/staff/pensioners/:id/offsite-form.pdf',
    {
      schema: {
        tags: ['staff'],
        summary: 'The certification form for a person living elsewhere in China, as a PDF',
        params: PensionerParams,
      },
      preHandler: requireStaff(rolesAllowed('paper.print')),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const p = await scopedPersonFor(app.deps, staff, req.params.id, 'offsite_form');
      const { pdf, year } = await offsiteFormOf(app.deps, p, { kind: 'staff', id: staff.staffId });
      return reply.headers(PDF_HEADERS(year)).send(pdf);
    },
  );

  app.get(
    '/api/self/offsite-form.pdf',
    {
      schema: {
        tags: ['self-service'],
        summary: 'Your certification form for living elsewhere in China, as a PDF',
      },
    },
    async (req, reply) => {
      const auth = await requirePensioner(req);
      const p = await getPensionerById(app.deps.db, auth.pensionerId);
      if (!p) throw new AppError('unauthenticated');
      if (p.residence !== 'elsewhere') throw new AppError('paper_proof_wrong_residence');
      const { pdf, year } = await offsiteFormOf(app.deps, p, { kind: 'pensioner', id: p.id });
      return reply.headers(PDF_HEADERS(year)).send(pdf);
    },
  );

  app.get(
    '/api/staff/offsite-forms/lookup',
    {
      schema: {
        tags: ['staff'],
        summary: 'Whose form a QR code or printed reference names (inside your scope)',
        querystring: ReferenceQuery,
        response: { 200: ReferenceReply },
      },
      preHandler: requireStaff(rolesAllowed('paper.record')),
    },
    async (req) => {
      const staff = staffOf(req);
      const ref = readOffsiteFormReference(secret(), req.query.reference);
      if (!ref) throw new AppError('offsite_form_reference_invalid');
      const p = await getScopedPensioner(app.deps.db, staff.scope, ref.pensionerId);
      if (!p) throw new AppError('not_found');
      return {
        pensioner: { id: p.id, name: p.name, districtCode: p.district_code },
        year: ref.year,
      };
    },
  );

  app.post(
    '/api/staff/pensioners/:id/offsite-forms',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['staff'],
        summary: 'Record receipt of a stamped offsite form with its scan (opens a review)',
        params: PensionerParams,
        body: OffsiteFormReceiptBody,
        response: { 201: PaperProofView },
      },
      preHandler: requireStaff(rolesAllowed('paper.record')),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const { deps } = app;
      const p = await scopedPersonFor(deps, staff, req.params.id, 'offsite_form');
      let formReference: string | null = null;
      if (req.body.reference) {
        // A reference on the form must be ours and name this very person.
        const ref = readOffsiteFormReference(secret(), req.body.reference);
        if (!ref || ref.pensionerId !== p.id) {
          throw new AppError('offsite_form_reference_invalid', { field: 'reference' });
        }
        formReference = req.body.reference.trim();
      }
      const scan = await decodeScan(req.body.scan.dataBase64);
      const id = await recordProof(deps, staff, p, {
        kind: 'offsite_form',
        delivery: req.body.delivery,
        formReference,
        receivedOn: todayOf(deps),
        scan,
      });
      const row = await getScopedPaperProof(deps.db, staff.scope, id);
      return reply.status(201).send(proofView(row!, deps.profile, staff));
    },
  );
}
