import type { DomainErrorCode } from '../errors.ts';
import { validateText } from '../field-validators.ts';
import { err, ok, type Result } from '../result.ts';

/** Where a request waiting for a second member of staff stands. */
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_REASON_MIN = 4;
export const APPROVAL_REASON_MAX = 200;

/**
 * Four eyes: only a pending request can be decided, and never by the staff member who made it
 * (whatever their role: an administrator may request or approve, not both).
 */
export const checkDecider = (
  request: { status: ApprovalStatus; requestedBy: string },
  deciderId: string,
): Result<true, DomainErrorCode> => {
  if (request.status !== 'pending') return err('not_pending');
  if (request.requestedBy === deciderId) return err('four_eyes_required');
  return ok(true);
};

/** Reasons for requests and decisions: 4-200 characters, trimmed. */
export const validateReason = (input: string): Result<string, DomainErrorCode> => {
  const text = validateText(input, APPROVAL_REASON_MAX);
  if (!text.ok) return text;
  return [...text.value].length < APPROVAL_REASON_MIN ? err('field_required') : text;
};
