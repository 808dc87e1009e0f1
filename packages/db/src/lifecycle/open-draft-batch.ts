import type { Transaction } from 'kysely';
import { err, ok, type BatchKind, type DomainError, type Result } from '@lifecert/core';
import type { Database } from '../schema.ts';
import { batchItems, getBatch, type BatchItem, type PaymentBatch } from './batches-repo.ts';
import { checkBatchCommitter } from './staff-check.ts';

/**
 * What every batch commit does first, inside its transaction: the committer must be an active
 * administrator, the batch (locked against a second committer) must be a draft of this kind and
 * campaign; returns it with the items the review left in.
 */
export const openDraftBatch = async (
  trx: Transaction<Database>,
  kind: BatchKind,
  campaignId: string,
  opts: { batchId: string; committedBy: string },
): Promise<Result<{ batch: PaymentBatch; included: BatchItem[] }, DomainError>> => {
  const allowed = await checkBatchCommitter(trx, opts.committedBy);
  if (!allowed.ok) return allowed;
  const batch = await getBatch(trx, opts.batchId, { forUpdate: true });
  if (!batch || batch.kind !== kind || batch.campaignId !== campaignId) {
    return err({ code: 'not_found' });
  }
  if (batch.state !== 'draft') return err({ code: 'batch_not_draft' });
  const included = (await batchItems(trx, batch.id)).filter((i) => i.excludedReason === null);
  return ok({ batch, included });
};
