import { canStaff, checkScan, type StaffRole } from '@lifecert/core';
import type { Profile } from '@lifecert/config';
import type { PaperProofRow } from '@lifecert/db';
import { AppError } from '../../errors.ts';
import { cleanScan } from '../../uploads/clean-image.ts';

/** A proof as the console shows it; the document type is named from the profile. */
export const proofView = (
  row: PaperProofRow,
  profile: Profile,
  viewer: { staffId: string; role: StaffRole },
) => {
  const type = profile.overseas.documents.find((d) => d.code === row.documentType);
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    pensioner: { id: row.pensionerId, name: row.pensionerName, districtCode: row.districtCode },
    delivery: row.delivery,
    receivedOn: row.receivedOn,
    formReference: row.formReference,
    region: row.region,
    documentType: type ? { code: type.code, name: type.name, issuer: type.issuer } : null,
    issuingBody: row.issuingBody,
    issuedOn: row.issuedOn,
    recordedBy: { id: row.recordedBy, name: row.recordedByName },
    recordedAt: row.recordedAt.toISOString(),
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
    scan: row.scan,
    canReview:
      row.state === 'pending' &&
      row.recordedBy !== viewer.staffId &&
      canStaff(viewer.role, 'paper.review'),
  };
};

/**
 * Decodes an uploaded scan, checks it by its bytes and strips the metadata of an image (the
 * stored sha256 is of the cleaned bytes); a PDF is kept as sent.
 */
export const decodeScan = async (dataBase64: string) => {
  const data = new Uint8Array(Buffer.from(dataBase64.replace(/\s+/g, ''), 'base64'));
  const checked = checkScan(data);
  if (!checked.ok) throw new AppError(checked.error, { field: 'scan' });
  const clean = await cleanScan(data, checked.value);
  if (!clean) throw new AppError('scan_unreadable', { field: 'scan' });
  return { contentType: checked.value, data: clean };
};
