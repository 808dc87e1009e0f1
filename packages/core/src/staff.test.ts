import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from './organisation.ts';
import { checkStaffPlacement, normaliseUsername, STAFF_ROLES } from './staff.ts';

describe('staff placement', () => {
  it('puts each role only in its kind of organisation', () => {
    expect(checkStaffPlacement('bank_clerk', { kind: 'bank_branch' })).toEqual({
      ok: true,
      value: 'bank_clerk',
    });
    expect(checkStaffPlacement('bank_clerk', { kind: 'employer' })).toEqual({
      ok: false,
      error: 'staff_role_not_allowed_in_organisation',
    });
    expect(checkStaffPlacement('reviewer', { kind: 'counter' }).ok).toBe(false);
    // every role has at least one home and no kind is left without any role
    for (const role of STAFF_ROLES) {
      expect(ORGANISATION_KINDS.some((kind) => checkStaffPlacement(role, { kind }).ok)).toBe(true);
    }
    for (const kind of ORGANISATION_KINDS) {
      expect(STAFF_ROLES.some((role) => checkStaffPlacement(role, { kind }).ok)).toBe(true);
    }
  });

  it('normalises usernames to lower case and rejects odd ones', () => {
    expect(normaliseUsername(' Clerk.C05 ')).toBe('clerk.c05');
    expect(normaliseUsername('ab')).toBeNull();
    expect(normaliseUsername('王五')).toBeNull();
  });
});
