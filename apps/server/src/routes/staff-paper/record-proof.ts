import { randomUUID } from 'node:crypto';
import {
  assistedCertificationGate,
  RESIDENCE_OF_PROOF,
  shanghaiDate,
  type PaperProofKind,
  type ScanContentType,
} from '@lifecert/core';
import {
  getScopedPensioner,
  hasPendingPaperProof,
  recordPaperProof,
  type NewPaperProof,
  type Pensioner,
} from '@lifecert/db';
import type { AppDeps } from '../../deps.ts';
import type { StaffAuth } from '../../auth/staff-session.ts';
import { AppError } from '../../errors.ts';
import { staffSituation } from '../staff/situation.ts';

/** The person in the caller's scope who must live where the proof kind requires. */
export const scopedPersonFor = async (
  deps: AppDeps,
  staff: StaffAuth,
  pensionerId: string,
  kind: PaperProofKind,
): Promise<Pensioner> => {
  const p = await getScopedPensioner(deps.db, staff.scope, pensionerId);
  if (!p) throw new AppError('not_found');
  if (p.residence !== RESIDENCE_OF_PROOF[kind]) throw new AppError('paper_proof_wrong_residence');
  return p;
};

/** Today in the agency's calendar: receipt dates are the server's, never the client's. */
export const todayOf = (deps: AppDeps): string => shanghaiDate(deps.clock.now());

/**
 * Records a received proof: the campaign must be open for the person and nothing of theirs may
 * await review already. The person's row is locked so two clerks recording at once take turns.
 */
export const recordProof = async (
  deps: AppDeps,
  staff: StaffAuth,
  p: Pensioner,
  input: Pick<NewPaperProof, 'kind' | 'delivery' | 'formReference' | 'overseas'> & {
    receivedOn: string;
    scan: { contentType: ScanContentType; data: Uint8Array };
  },
): Promise<string> =>
  deps.db.transaction().execute(async (trx) => {
    const s = await staffSituation(deps, trx, p.id, { lock: true });
    const gate = assistedCertificationGate({ campaign: s?.campaign, status: s?.status });
    if (!gate.ok) throw new AppError(gate.error);
    if (await hasPendingPaperProof(trx, p.id, gate.value.id)) {
      throw new AppError('paper_proof_pending');
    }
    const { id } = await recordPaperProof(trx, {
      ...input,
      id: randomUUID(),
      pensionerId: p.id,
      campaignId: gate.value.id,
      recordedBy: staff.staffId,
      recordedAtMs: deps.clock.now(),
    });
    return id;
  });
