// The staff test world plus what home visits need: the profile's courier organisation with one
// account (the world's own courier works for another organisation) and a household of east
// district people to book together.
import {
  createOrganisation,
  createStaffAccount,
  getPensionerByIdNumber,
  upsertPensioners,
} from '@lifecert/db';
import { hashPassword } from '../../auth/passwords.ts';
import type { TestApp } from '../../test-app.ts';
import { makeIdNumber } from '../self-service/test-fixtures.ts';
import { STAFF_PASSWORD, asStaff, seedStaffWorld, type StaffWorld } from '../staff/test-staff.ts';

export const HOUSEHOLD = ['王大爷', '王大妈', '王奶奶', '李爷爷', '李奶奶', '赵爷爷'] as const;

export type HomeVisitWorld = StaffWorld & {
  emsOrgId: string;
  emsStaffId: string;
  emsToken: string;
  /** east district (410303) people, in HOUSEHOLD order */
  household: string[];
};

export const seedHomeVisitWorld = async (app: TestApp): Promise<HomeVisitWorld> => {
  const world = await seedStaffWorld(app);
  const db = app.testDb.db;
  const { code, name } = app.deps.profile.homeVisit.courier;
  const ems = await createOrganisation(db, {
    kind: 'courier',
    code,
    name_zh: name['zh-CN'],
    name_en: name.en,
  });
  const staff = await createStaffAccount(db, {
    organisation_id: ems.id,
    username: 'ems',
    password_hash: await hashPassword(STAFF_PASSWORD),
    role: 'courier',
    display_name: 'EMS courier',
  });
  const idNumbers = HOUSEHOLD.map((_, i) => makeIdNumber(100 + i, '410303'));
  await upsertPensioners(
    db,
    HOUSEHOLD.map((personName, i) => ({
      idType: 'resident_id' as const,
      idNumber: idNumbers[i]!,
      name: personName,
      category: 'enterprise_retiree' as const,
      scheme: 'enterprise_employee' as const,
      districtCode: '410303',
      payingBankCode: 'BOC',
      bankAccountRef: null,
      employerOrgId: null,
      benefitsStart: '2010-05-01',
      residence: 'local' as const,
      residenceRegion: null,
      contactName: null,
      mobile: null,
      address: null,
      benefitStatus: 'active' as const,
    })),
  );
  const household: string[] = [];
  for (const n of idNumbers) household.push((await getPensionerByIdNumber(db, n))!.id);
  const login = await asStaff(app, undefined, 'POST', '/api/staff/login', {
    username: 'ems',
    password: STAFF_PASSWORD,
  });
  if (login.statusCode !== 200) throw new Error(`ems login failed: ${login.body}`);
  const emsToken = login.json<{ token: string }>().token;
  return { ...world, emsOrgId: ems.id, emsStaffId: staff.id, emsToken, household };
};

/** A booking body for people at one east-district address, the day after the test clock. */
export const bookingFor = (pensionerIds: string[], over: Record<string, unknown> = {}) => ({
  address: '西工区中州中路 29 号 2 单元 301',
  districtCode: '410303',
  visitDate: '2018-08-02',
  pensionerIds,
  ...over,
});

export type VisitBody = {
  id: string;
  state: string;
  fee: { people: number; perPersonFen: number; totalFen: number };
  due: { totalFen: number } | null;
  people: {
    pensionerId: string;
    outcome: string;
    certificateNo: string | null;
    idNumber: string;
  }[];
  payment: { amountFen: number; method: string; receiptNo: string } | null;
};
