import type { SelfServiceStore } from './store.ts';

/**
 * Staff give a person whose attempts ran out a fresh allowance for the campaign (for example
 * after updating their reference photo). Failures before the reopening stop counting; the
 * attempts themselves stay on record.
 */
export const reopenSelfService = (
  store: SelfServiceStore,
  personId: string,
  campaignId: string,
  staffId: string,
  atMs: number,
): Promise<void> =>
  store.transaction(async (tx) => {
    await tx.recordReopen({ pensionerId: personId, campaignId, staffId, atMs });
    await tx.audit(atMs, {
      action: 'self_service.reopened',
      entity: 'pensioner',
      entityId: personId,
      details: { campaignId },
      actor: { kind: 'staff', id: staffId },
    });
  });
