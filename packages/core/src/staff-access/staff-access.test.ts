import { describe, expect, it } from 'vitest';
import type { CampaignStatusResult } from '../campaign-status.ts';
import { STAFF_ROLES } from '../staff.ts';
import {
  assistedCertificationGate,
  assistedChannelOf,
  validateIdCheckReason,
} from './assisted-certification.ts';
import {
  isInScope,
  pensionerScopeOf,
  type ScopedPensioner,
  type ScopeOrganisation,
} from './pensioner-scope.ts';
import { canStaff, rolesAllowed } from './permissions.ts';

const cityAgency: ScopeOrganisation = { id: 'a0', kind: 'agency', code: 'sia', districtCode: null };
const districtAgency: ScopeOrganisation = {
  id: 'a1',
  kind: 'agency',
  code: 'sia-1',
  districtCode: '410302',
};
const counter = (agency: ScopeOrganisation): ScopeOrganisation => ({
  id: `c-${agency.id}`,
  kind: 'counter',
  code: `${agency.code}/C05`,
  districtCode: agency.districtCode,
});
const bank: ScopeOrganisation = { id: 'b0', kind: 'bank_branch', code: 'ICBC', districtCode: null };
const branch: ScopeOrganisation = {
  id: 'b1',
  kind: 'bank_branch',
  code: 'ICBC-7',
  districtCode: null,
};
const employer: ScopeOrganisation = { id: 'e1', kind: 'employer', code: 'E1', districtCode: null };

const person: ScopedPensioner = {
  districtCode: '410302',
  employerOrgId: 'e1',
  payingBankCode: 'ICBC',
  bookedVisitCourierOrgIds: [],
};
const stranger: ScopedPensioner = {
  districtCode: '410303',
  employerOrgId: 'e2',
  payingBankCode: 'BOC',
  bookedVisitCourierOrgIds: [],
};

describe('staff permissions', () => {
  it('lets only clerks at the desk record an in-person ID check', () => {
    expect(rolesAllowed('certify.id_check').sort()).toEqual(
      ['bank_clerk', 'counter_clerk', 'employer_clerk'].sort(),
    );
  });
  it('lets counter clerks and administrators reopen self-service', () => {
    expect(rolesAllowed('self_service.reopen').sort()).toEqual(['admin', 'counter_clerk']);
  });
  it('lets every role read (bounded by scope)', () => {
    for (const role of STAFF_ROLES) expect(canStaff(role, 'pensioners.read')).toBe(true);
  });
});

describe('pensioner scope', () => {
  it("bounds a district counter to its agency's district", () => {
    const scope = pensionerScopeOf('counter_clerk', [counter(districtAgency), districtAgency]);
    expect(scope).toEqual({ kind: 'district', districtCode: '410302' });
    expect(isInScope(scope, person)).toBe(true);
    expect(isInScope(scope, stranger)).toBe(false);
  });
  it('gives a city-level counter every district', () => {
    const scope = pensionerScopeOf('counter_clerk', [counter(cityAgency), cityAgency]);
    expect(isInScope(scope, stranger)).toBe(true);
  });
  it('gives a counter without an agency nobody', () => {
    expect(pensionerScopeOf('counter_clerk', [employer])).toEqual({ kind: 'none' });
    expect(pensionerScopeOf('counter_clerk', [])).toEqual({ kind: 'none' });
  });
  it("bounds an employer clerk to the employer's retirees", () => {
    const scope = pensionerScopeOf('employer_clerk', [employer]);
    expect(isInScope(scope, person)).toBe(true);
    expect(isInScope(scope, stranger)).toBe(false);
  });
  it('bounds a branch clerk to the people its bank pays, found at the top of the tree', () => {
    const scope = pensionerScopeOf('bank_clerk', [branch, bank]);
    expect(scope).toEqual({ kind: 'bank', payingBankCode: 'ICBC' });
    expect(isInScope(scope, person)).toBe(true);
    expect(isInScope(scope, stranger)).toBe(false);
  });
  it('shows a courier only the people with a visit booked with its organisation', () => {
    const courier: ScopeOrganisation = {
      id: 'k',
      kind: 'courier',
      code: 'EMS',
      districtCode: null,
    };
    const scope = pensionerScopeOf('courier', [courier]);
    expect(isInScope(scope, person)).toBe(false);
    expect(isInScope(scope, { ...person, bookedVisitCourierOrgIds: ['k'] })).toBe(true);
    expect(isInScope(scope, { ...person, bookedVisitCourierOrgIds: ['other'] })).toBe(false);
  });
  it('gives reviewers, auditors and administrators everyone', () => {
    for (const role of ['reviewer', 'auditor', 'admin'] as const) {
      expect(isInScope(pensionerScopeOf(role, [cityAgency]), stranger)).toBe(true);
    }
  });
});

describe('assisted certification', () => {
  it('names the channel after the organisation kind', () => {
    expect(assistedChannelOf('counter')).toBe('counter');
    expect(assistedChannelOf('agency')).toBe('counter');
    expect(assistedChannelOf('employer')).toBe('employer');
    expect(assistedChannelOf('bank_branch')).toBe('bank');
  });
  it('requires a reason of at least four characters, trimmed', () => {
    expect(validateIdCheckReason('  abc  ')).toEqual({ ok: false, error: 'field_required' });
    expect(validateIdCheckReason(' 无法识别面部 ')).toEqual({ ok: true, value: '无法识别面部' });
    expect(validateIdCheckReason('x'.repeat(201))).toEqual({ ok: false, error: 'field_too_long' });
  });

  const campaign = {
    id: 'c',
    year: 2018,
    state: 'open' as const,
    windowStart: '2018-07-01',
    windowEnd: '2018-10-31',
    cutoff: '2017-12-31',
    exemptionDate: '2018-07-01',
  };
  const gate = (status: CampaignStatusResult, state: 'open' | 'closed' = 'open') =>
    assistedCertificationGate({ campaign: { ...campaign, state }, status });

  it('accepts pending, overdue and suspended people', () => {
    expect(gate({ status: 'pending', reason: 'awaiting_certification' }).ok).toBe(true);
    expect(gate({ status: 'overdue', reason: 'deadline_passed' }).ok).toBe(true);
    expect(gate({ status: 'suspended', reason: 'benefits_suspended' }).ok).toBe(true);
  });
  it('refuses people already certified or exempt, and closed campaigns', () => {
    const certified = gate({ status: 'certified', reason: 'certified_in_campaign' });
    expect(certified).toEqual({ ok: false, error: 'already_certified' });
    const exempt = gate({ status: 'exempt', reason: 'face_certified_since_exemption_date' });
    expect(exempt).toEqual({ ok: false, error: 'already_certified' });
    const closed = gate({ status: 'pending', reason: 'awaiting_certification' }, 'closed');
    expect(closed).toEqual({ ok: false, error: 'campaign_not_open' });
    expect(assistedCertificationGate({ campaign: undefined, status: undefined }).ok).toBe(false);
    const terminated = gate({ status: 'not_eligible', reason: 'benefits_terminated' });
    expect(terminated).toEqual({ ok: false, error: 'benefits_terminated' });
  });
});
