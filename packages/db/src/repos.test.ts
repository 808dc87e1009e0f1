import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaign, getCampaignByYear, transitionCampaign } from './campaigns-repo.ts';
import { listCertifications, recordCertification } from './certifications-repo.ts';
import { importPensioners } from './import-pensioners.ts';
import {
  getOrganisationByCode,
  organisationSubtreeIds,
  upsertOrganisations,
} from './organisations-repo.ts';
import { getPensionerByIdNumber } from './pensioners-repo.ts';
import {
  createSession,
  deleteSession,
  deleteSessionsOf,
  findSession,
  purgeExpiredSessions,
} from './sessions-repo.ts';
import { createStaffAccount, getActiveStaffByUsername, setStaffActive } from './staff-repo.ts';
import { syntheticPensioner } from './synthetic-pensioners.ts';
import { createTestDb, type TestDb } from './test-db.ts';

describe('repositories', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.close();
  });

  it('upserts organisations by code and walks a subtree', async () => {
    const [agency] = await upsertOrganisations(t.db, [
      {
        kind: 'agency',
        code: 'A1',
        name_zh: '市社保中心',
        name_en: 'City agency',
        parent_id: null,
      },
    ]);
    const counters = await upsertOrganisations(t.db, [
      {
        kind: 'counter',
        code: 'C05',
        name_zh: 'C05窗口',
        name_en: 'Window C05',
        parent_id: agency!.id,
      },
      {
        kind: 'counter',
        code: 'C06',
        name_zh: 'C06窗口',
        name_en: 'Window C06',
        parent_id: agency!.id,
      },
    ]);
    await upsertOrganisations(t.db, [
      { kind: 'bank_branch', code: 'ICBC-1', name_zh: '工行', name_en: 'ICBC', parent_id: null },
    ]);
    // Re-running with a new name updates in place instead of duplicating.
    const [renamed] = await upsertOrganisations(t.db, [
      {
        kind: 'counter',
        code: 'C05',
        name_zh: 'C05号窗口',
        name_en: 'Window C05',
        parent_id: agency!.id,
      },
    ]);
    expect(renamed!.id).toBe(counters[0]!.id);
    expect((await getOrganisationByCode(t.db, 'C05'))?.name_zh).toBe('C05号窗口');
    expect((await organisationSubtreeIds(t.db, agency!.id)).sort()).toEqual(
      [agency!.id, ...counters.map((c) => c.id)].sort(),
    );
  });

  it('finds only active staff by username', async () => {
    const org = await getOrganisationByCode(t.db, 'C05');
    const staff = await createStaffAccount(t.db, {
      organisation_id: org!.id,
      username: 'clerk1',
      password_hash: 'scrypt$...',
      role: 'counter_clerk',
      display_name: '张三',
    });
    expect(staff.active).toBe(true);
    expect((await getActiveStaffByUsername(t.db, 'clerk1'))?.id).toBe(staff.id);
    await setStaffActive(t.db, staff.id, false);
    expect(await getActiveStaffByUsername(t.db, 'clerk1')).toBeUndefined();
  });

  it('keeps sessions by token hash only and honours expiry', async () => {
    const subject = { kind: 'pensioner', id: '11111111-1111-4111-8111-111111111111' } as const;
    const now = new Date('2018-07-01T00:00:00Z');
    const later = new Date('2018-07-01T01:00:00Z');
    const { token, session } = await createSession(t.db, subject, later);
    expect(session.token_hash).not.toContain(token);
    expect((await findSession(t.db, token, now))?.subject_id).toBe(subject.id);
    expect(await findSession(t.db, token, later)).toBeUndefined();
    expect(await findSession(t.db, `${token}x`, now)).toBeUndefined();
    expect(await deleteSession(t.db, token)).toBe(true);
    expect(await deleteSession(t.db, token)).toBe(false);

    await createSession(t.db, subject, later);
    await createSession(t.db, subject, now);
    expect(await purgeExpiredSessions(t.db, now)).toBe(1);
    expect(await deleteSessionsOf(t.db, subject)).toBe(1);
  });

  it('stores campaigns with date strings and guards state transitions', async () => {
    const c = await createCampaign(t.db, {
      year: 2018,
      window_start: '2018-07-01',
      window_end: '2018-10-31',
      cutoff_date: '2017-12-31',
      exemption_date: '2018-01-01',
    });
    expect(c).toMatchObject({ status: 'draft', window_end: '2018-10-31' });
    expect((await getCampaignByYear(t.db, 2018))?.id).toBe(c.id);
    expect(await transitionCampaign(t.db, c.id, 'open', 'closed')).toBeUndefined();
    expect((await transitionCampaign(t.db, c.id, 'draft', 'open'))?.status).toBe('open');
  });

  it('records certifications and enforces the face-score rule', async () => {
    await importPensioners(t.db, [syntheticPensioner(1)], { actor: { kind: 'system', id: 't' } });
    const p = await getPensionerByIdNumber(t.db, syntheticPensioner(1).idNumber);
    const c = await getCampaignByYear(t.db, 2018);
    const cert = await recordCertification(t.db, {
      pensioner_id: p!.id,
      campaign_id: c!.id,
      channel: 'self_service',
      method: 'face',
      certified_at: new Date('2018-07-02T03:00:00.123Z'),
      certificate_no: '2018-000001',
      match_score: 0.71,
    });
    expect(cert.certified_at.toISOString()).toBe('2018-07-02T03:00:00.123Z');
    expect((await listCertifications(t.db, p!.id, c!.id)).map((x) => x.id)).toEqual([cert.id]);
    await expect(
      recordCertification(t.db, {
        ...cert,
        id: undefined,
        certificate_no: '2018-000002',
        method: 'id_check',
      }),
    ).rejects.toThrow(/check/);
  });
});
