import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit-log.ts';
import { createCampaign } from '../campaigns-repo.ts';
import { createOrganisation } from '../organisations-repo.ts';
import { getPensionerByIdNumber, upsertPensioners } from '../pensioners-repo.ts';
import { createSession } from '../sessions-repo.ts';
import { createStaffAccount, setStaffActive } from '../staff-repo.ts';
import { syntheticPensioner } from '../synthetic-pensioners.ts';
import { createTestDb, type TestDb } from '../test-db.ts';
import { hashSessionToken } from '../sessions-repo.ts';
import {
  countIdCheckCertifications,
  insertIdCheckCertification,
} from './id-check-certification.ts';
import { organisationChain } from './organisation-chain.ts';
import { findScopedPensioners, getScopedPensioner } from './scoped-pensioners.ts';
import { staffOfSession } from './staff-sessions.ts';

describe('staff repositories', () => {
  let t: TestDb;
  const people = [0, 1, 2, 3, 4, 5].map((i) => syntheticPensioner(i));
  const org = (
    kind: 'agency' | 'counter' | 'employer' | 'bank_branch',
    code: string,
    parent: string | null = null,
  ) => createOrganisation(t.db, { kind, code, name_zh: code, name_en: code, parent_id: parent });

  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.close();
  });

  it('walks from an organisation up to the top of its tree, nearest first', async () => {
    const bank = await org('bank_branch', 'ICBC');
    const city = await org('bank_branch', 'ICBC-LY', bank.id);
    const branch = await org('bank_branch', 'ICBC-LY-7', city.id);
    const chain = await organisationChain(t.db, branch.id);
    expect(chain.map((o) => o.code)).toEqual(['ICBC-LY-7', 'ICBC-LY', 'ICBC']);
    expect(await organisationChain(t.db, randomUUID())).toEqual([]);
  });

  it('keeps search results inside the scope, by ID number or name prefix', async () => {
    const employer = await org('employer', 'E-1');
    await upsertPensioners(t.db, [
      { ...people[0]!, name: '王一', employerOrgId: employer.id },
      { ...people[1]!, name: '王二' },
      { ...people[2]!, name: '李三' },
    ]);
    const all = await findScopedPensioners(t.db, { kind: 'all' }, { namePrefix: '王' });
    expect(all.map((p) => p.name)).toEqual(['王一', '王二']);
    const district = people[0]!.districtCode;
    const inDistrict = await findScopedPensioners(
      t.db,
      { kind: 'district', districtCode: district },
      { namePrefix: '' },
    );
    expect(inDistrict.length).toBeGreaterThan(0);
    expect(inDistrict.every((p) => p.district_code === district)).toBe(true);
    const byEmployer = await findScopedPensioners(
      t.db,
      { kind: 'employer', employerOrgId: employer.id },
      { namePrefix: '' },
    );
    expect(byEmployer.map((p) => p.name)).toEqual(['王一']);
    const otherBank = people[1]!.payingBankCode!;
    const wrongBank = await findScopedPensioners(
      t.db,
      { kind: 'bank', payingBankCode: otherBank },
      { idNumber: people[0]!.idNumber },
    );
    expect(wrongBank).toEqual([]);
    const courier = await findScopedPensioners(
      t.db,
      { kind: 'booked_visits', courierOrgId: employer.id },
      { namePrefix: '' },
    );
    expect(courier).toEqual([]);
    // LIKE wildcards in the input are literal.
    expect(await findScopedPensioners(t.db, { kind: 'all' }, { namePrefix: '%' })).toEqual([]);

    const one = (await getPensionerByIdNumber(t.db, people[0]!.idNumber))!;
    expect(
      await getScopedPensioner(t.db, { kind: 'employer', employerOrgId: employer.id }, one.id),
    ).toBeDefined();
    expect(
      await getScopedPensioner(t.db, { kind: 'bank', payingBankCode: otherBank }, one.id),
    ).toBeUndefined();
  });

  it('finds the active staff account behind a live session only', async () => {
    const agency = await org('agency', 'SIA');
    const staff = await createStaffAccount(t.db, {
      organisation_id: agency.id,
      username: 'clerk1',
      password_hash: 'x',
      role: 'counter_clerk',
      display_name: 'Clerk',
    });
    const { token } = await createSession(
      t.db,
      { kind: 'staff', id: staff.id },
      new Date(2_000_000),
    );
    const hash = hashSessionToken(token);
    expect((await staffOfSession(t.db, hash, 1_000_000))?.organisationCode).toBe('SIA');
    expect(await staffOfSession(t.db, hash, 2_000_000)).toBeUndefined();
    await setStaffActive(t.db, staff.id, false);
    expect(await staffOfSession(t.db, hash, 1_000_000)).toBeUndefined();
  });

  it('stores an ID check with its reason, counts it apart and audits it', async () => {
    const agency = await org('agency', 'SIA-2');
    const staff = await createStaffAccount(t.db, {
      organisation_id: agency.id,
      username: 'clerk2',
      password_hash: 'x',
      role: 'counter_clerk',
      display_name: 'Clerk',
    });
    const campaign = await createCampaign(t.db, {
      year: 2018,
      window_start: '2018-07-01',
      window_end: '2018-10-31',
      cutoff_date: '2017-12-31',
      exemption_date: '2018-07-01',
      status: 'open',
    });
    const person = (await getPensionerByIdNumber(t.db, people[1]!.idNumber))!;
    const record = (certificateNo: string) =>
      t.db.transaction().execute((trx) =>
        insertIdCheckCertification(trx, {
          certificationId: randomUUID(),
          pensionerId: person.id,
          campaignId: campaign.id,
          channel: 'counter',
          staffId: staff.id,
          organisationId: agency.id,
          reason: 'face not recognised',
          certifiedAtMs: Date.parse('2018-08-01T02:00:00Z'),
          certificateNo,
        }),
      );
    expect(await record('LY2018-AAAA-AAAA')).toBe(true);
    expect(await record('LY2018-AAAA-AAAA')).toBe(false);
    expect(await countIdCheckCertifications(t.db, campaign.id)).toEqual({ counter: 1 });
    const audit = await t.db.selectFrom('audit_log').selectAll().execute();
    const entry = audit.find((a) => a.action === 'certification.recorded')!;
    expect(entry).toMatchObject({ actor_id: staff.id, channel: 'counter', entity_id: person.id });
    expect(JSON.stringify(entry.details)).not.toContain('face not recognised');
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
