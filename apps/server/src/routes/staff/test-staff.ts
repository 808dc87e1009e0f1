// A small world for the staff tests: two district agencies and the city agency, an employer, a
// bank with a branch and the courier; one account per role; people spread over their scopes.
import type { StaffRole } from '@lifecert/core';
import {
  createOrganisation,
  createStaffAccount,
  getPensionerByIdNumber,
  upsertPensioners,
  type Database,
  type Organisation,
} from '@lifecert/db';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../auth/passwords.ts';
import { buildTestApp, type TestApp } from '../../test-app.ts';
import { makeIdNumber, seedCampaign } from '../self-service/test-fixtures.ts';

export const STAFF_PASSWORD = 'correct horse battery';

/** Accounts by name; the name says where they work. */
export const ACCOUNTS = {
  cityCounter: 'counter_clerk',
  westCounter: 'counter_clerk',
  eastCounter: 'counter_clerk',
  employerClerk: 'employer_clerk',
  bankClerk: 'bank_clerk',
  courier: 'courier',
  reviewer: 'reviewer',
  auditor: 'auditor',
  admin: 'admin',
} as const satisfies Record<string, StaffRole>;
export type AccountName = keyof typeof ACCOUNTS;

/** People by name: west and east districts, the employer's retiree, the bank's customer. */
export const PEOPLE = {
  west: { serial: 1, district: '410302', name: '西区老人' },
  east: { serial: 2, district: '410303', name: '东区老人' },
  retiree: { serial: 3, district: '410303', name: '厂里老人', employer: true },
  banked: { serial: 4, district: '410303', name: '银行老人', bank: 'ICBC' },
  terminated: { serial: 5, district: '410302', name: '西区终止', terminated: true },
} as const;
export type PersonName = keyof typeof PEOPLE;

export type StaffWorld = {
  orgs: Record<string, Organisation>;
  staffIds: Record<AccountName, string>;
  personIds: Record<PersonName, string>;
  idNumbers: Record<PersonName, string>;
};

const org = (
  db: Kysely<Database>,
  kind: Organisation['kind'],
  code: string,
  parent: Organisation | null = null,
  district: string | null = null,
) =>
  createOrganisation(db, {
    kind,
    code,
    name_zh: code,
    name_en: code,
    parent_id: parent?.id ?? null,
    district_code: district,
  });

export const seedStaffWorld = async (app: TestApp): Promise<StaffWorld> => {
  const db = app.testDb.db;
  await seedCampaign(db, app.deps.profile);
  const city = await org(db, 'agency', 'T-CITY');
  const west = await org(db, 'agency', 'T-WEST', city, '410302');
  const east = await org(db, 'agency', 'T-EAST', city, '410303');
  const orgs: Record<string, Organisation> = {
    city,
    west,
    east,
    cityCounter: await org(db, 'counter', 'T-CITY/C05', city),
    westCounter: await org(db, 'counter', 'T-WEST/W01', west, '410302'),
    eastCounter: await org(db, 'counter', 'T-EAST/E01', east, '410303'),
    employer: await org(db, 'employer', 'T-FACTORY'),
    bank: await org(db, 'bank_branch', 'ICBC'),
    courier: await org(db, 'courier', 'T-EMS'),
  };
  orgs.branch = await org(db, 'bank_branch', 'ICBC-LY-7', orgs.bank);
  const workplace: Record<AccountName, Organisation> = {
    cityCounter: orgs.cityCounter!,
    westCounter: orgs.westCounter!,
    eastCounter: orgs.eastCounter!,
    employerClerk: orgs.employer!,
    bankClerk: orgs.branch,
    courier: orgs.courier!,
    reviewer: city,
    auditor: city,
    admin: city,
  };
  // One hash for every account: Argon2 is deliberately slow.
  const hash = await hashPassword(STAFF_PASSWORD);
  const staffIds = {} as Record<AccountName, string>;
  for (const [name, role] of Object.entries(ACCOUNTS) as [AccountName, StaffRole][]) {
    const s = await createStaffAccount(db, {
      organisation_id: workplace[name].id,
      username: name.toLowerCase(),
      password_hash: hash,
      role,
      display_name: name,
    });
    staffIds[name] = s.id;
  }

  const idNumbers = {} as Record<PersonName, string>;
  for (const [name, p] of Object.entries(PEOPLE) as [PersonName, (typeof PEOPLE)[PersonName]][]) {
    idNumbers[name] = makeIdNumber(p.serial, p.district);
  }
  await upsertPensioners(
    db,
    (Object.entries(PEOPLE) as [PersonName, (typeof PEOPLE)[PersonName]][]).map(([name, p]) => ({
      idType: 'resident_id' as const,
      idNumber: idNumbers[name],
      name: p.name,
      category: 'enterprise_retiree' as const,
      scheme: 'enterprise_employee' as const,
      districtCode: p.district,
      payingBankCode: 'bank' in p ? p.bank : 'BOC',
      bankAccountRef: null,
      employerOrgId: 'employer' in p ? orgs.employer!.id : null,
      benefitsStart: '2010-05-01',
      residence: 'local' as const,
      residenceRegion: null,
      contactName: null,
      mobile: null,
      address: null,
      benefitStatus: 'terminated' in p ? ('terminated' as const) : ('active' as const),
    })),
  );
  const personIds = {} as Record<PersonName, string>;
  for (const name of Object.keys(PEOPLE) as PersonName[]) {
    personIds[name] = (await getPensionerByIdNumber(db, idNumbers[name]))!.id;
  }
  return { orgs, staffIds, personIds, idNumbers };
};

export type Reply = { status: number; json: <T = Record<string, unknown>>() => T };

/** Logs every account in once; tokens by account name. */
export const logInAll = async (app: TestApp): Promise<Record<AccountName, string>> => {
  const tokens = {} as Record<AccountName, string>;
  for (const name of Object.keys(ACCOUNTS) as AccountName[]) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/staff/login',
      payload: { username: name.toLowerCase(), password: STAFF_PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login of ${name} failed: ${res.body}`);
    tokens[name] = res.json<{ token: string }>().token;
  }
  return tokens;
};

export const asStaff = (
  app: TestApp,
  token: string | undefined,
  method: 'GET' | 'POST',
  url: string,
  payload?: unknown,
) =>
  app.inject({
    method,
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

export const ALL_ACCOUNTS = Object.keys(ACCOUNTS) as AccountName[];

/** Approves or rejects a four-eyes request (`base` is its URL); a reason only when given. */
export const decideAsStaff = (
  app: TestApp,
  token: string | undefined,
  base: string,
  verb: 'approve' | 'reject',
  reason?: string,
) => asStaff(app, token, 'POST', `${base}/${verb}`, reason === undefined ? {} : { reason });

/** The scopes tests' start: an app with this world seeded and every account logged in. */
export const startStaffApp = async (overrides: Parameters<typeof buildTestApp>[0] = {}) => {
  const app = await buildTestApp(overrides);
  const world = await seedStaffWorld(app);
  const tokens = await logInAll(app);
  return { app, world, tokens };
};
