import { checkOverseasDocument, documentTypesForRegion, rolesAllowed } from '@lifecert/core';
import { getScopedPaperProof } from '@lifecert/db';
import type { AppInstance } from '../../app-types.ts';
import { requireStaff, staffOf } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { decodeScan, proofView } from './proof-view.ts';
import { recordProof, scopedPersonFor, todayOf } from './record-proof.ts';
import {
  DocumentTypesReply,
  OverseasDocumentBody,
  PaperProofView,
  PensionerParams,
  UPLOAD_BODY_LIMIT,
} from './schemas.ts';

const ISSUING_BODY_MIN = 2;
const ISSUING_BODY_MAX = 200;

export function overseasRoutes(app: AppInstance): void {
  const rules = () => app.deps.profile.overseas;

  const regionOf = (p: { residence_region: string | null }): string => {
    if (!p.residence_region) throw new AppError('residence_region_required');
    return p.residence_region;
  };

  app.get(
    '/api/staff/pensioners/:id/overseas-document-types',
    {
      schema: {
        tags: ['staff'],
        summary: "The documents accepted for the person's country or region (from the profile)",
        params: PensionerParams,
        response: { 200: DocumentTypesReply },
      },
      preHandler: requireStaff(rolesAllowed('paper.record')),
    },
    async (req) => {
      const staff = staffOf(req);
      const p = await scopedPersonFor(app.deps, staff, req.params.id, 'overseas_document');
      const region = regionOf(p);
      const { regionKind, documents } = documentTypesForRegion(rules(), region);
      return {
        region,
        regionKind,
        documents: documents.map((d) => ({ code: d.code, name: d.name, issuer: d.issuer })),
        deliveryMethods: [...rules().deliveryMethods],
        documentMaxAgeDays: rules().documentMaxAgeDays,
      };
    },
  );

  app.post(
    '/api/staff/pensioners/:id/overseas-documents',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags: ['staff'],
        summary: 'Record an overseas proof of life received by post or proxy (opens a review)',
        params: PensionerParams,
        body: OverseasDocumentBody,
        response: { 201: PaperProofView },
      },
      preHandler: requireStaff(rolesAllowed('paper.record')),
    },
    async (req, reply) => {
      const staff = staffOf(req);
      const { deps } = app;
      const p = await scopedPersonFor(deps, staff, req.params.id, 'overseas_document');
      const region = regionOf(p);
      const receivedOn = todayOf(deps);
      const issuingBody = req.body.issuingBody.trim();
      if (issuingBody.length < ISSUING_BODY_MIN) {
        throw new AppError('field_required', { field: 'issuingBody' });
      }
      if (issuingBody.length > ISSUING_BODY_MAX) {
        throw new AppError('field_too_long', { field: 'issuingBody' });
      }
      const checked = checkOverseasDocument(rules(), {
        region,
        documentType: req.body.documentType,
        delivery: req.body.delivery,
        issuedOn: req.body.issuedOn,
        receivedOn,
      });
      if (!checked.ok) {
        const field = checked.error === 'overseas_document_wrong_region' ? 'documentType' : null;
        throw new AppError(checked.error, {
          field: field ?? (checked.error === 'value_not_allowed' ? 'documentType' : 'issuedOn'),
          maxAgeDays: rules().documentMaxAgeDays,
        });
      }
      const scan = await decodeScan(req.body.scan.dataBase64);
      const id = await recordProof(deps, staff, p, {
        kind: 'overseas_document',
        delivery: req.body.delivery,
        overseas: {
          region,
          documentType: checked.value.document.code,
          issuingBody,
          issuedOn: req.body.issuedOn,
        },
        receivedOn,
        scan,
      });
      const row = await getScopedPaperProof(deps.db, staff.scope, id);
      return reply.status(201).send(proofView(row!, deps.profile, staff));
    },
  );
}
