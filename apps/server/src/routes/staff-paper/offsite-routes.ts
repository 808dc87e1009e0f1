import {
  currentCampaignYear,
  offsiteFormReference,
  readOffsiteFormReference,
  rolesAllowed,
} from '@lifecert/core';
import { appendAudit, getScopedPensioner, getScopedPaperProof } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { renderOffsiteFormPdf } from './offsite-form-pdf.ts';
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
      const { deps } = app;
      const p = await scopedPersonFor(deps, staff, req.params.id, 'offsite_form');
      const year = currentCampaignYear(deps.clock.now());
      const reference = offsiteFormReference(secret(), p.id, year);
      const profile = deps.profile;
      const district = profile.districts.find((d) => d.code === p.district_code);
      const pdf = await renderOffsiteFormPdf({
        title: profile.offsiteForm.name['zh-CN'],
        campaignYear: year,
        agencyName: profile.reviewSection.name['zh-CN'],
        person: {
          name: p.name,
          // The agency of the place of residence checks the form against the ID card.
          idNumber: p.id_number,
          district: district?.name['zh-CN'] ?? p.district_code,
          residenceRegion: p.residence_region,
          mobile: p.mobile,
          address: p.address,
        },
        obtainFrom: profile.offsiteForm.obtainFrom['zh-CN'],
        mailTo: {
          name: profile.reviewSection.name['zh-CN'],
          address: profile.reviewSection.postalAddress['zh-CN'],
          postcode: profile.reviewSection.postcode,
        },
        reference,
        printedOn: todayOf(deps),
      });
      await deps.db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor: { kind: 'staff', id: staff.staffId },
          channel: 'offsite_form',
          action: 'offsite_form.printed',
          entity: 'pensioner',
          entityId: p.id,
          at: new Date(deps.clock.now()),
          details: { year },
        }),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="offsite-form-${year}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
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
      const scan = decodeScan(req.body.scan.dataBase64);
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
