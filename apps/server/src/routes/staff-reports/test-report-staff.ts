// The staff tests' world plus the report world's twelve people: scopes and exact counts together.
import { seedReportWorld, type ReportWorld } from '@lifecert/db';
import type { TestApp } from '../../test-app.ts';
import {
  logInAll,
  seedStaffWorld,
  type AccountName,
  type StaffWorld,
} from '../staff/test-staff.ts';

export type ReportStaffWorld = {
  staff: StaffWorld;
  report: ReportWorld;
  tokens: Record<AccountName, string>;
};

export const seedReportStaffWorld = async (app: TestApp): Promise<ReportStaffWorld> => {
  const staff = await seedStaffWorld(app);
  const report = await seedReportWorld(app.testDb.db, {
    employerOrgId: staff.orgs.employer!.id,
    // The bank clerk's bank pays the report world's district-b people.
    bankCode: 'ICBC',
  });
  return { staff, report, tokens: await logInAll(app) };
};

/** Who sees how many people: the staff world's five plus the report world's twelve. */
export const EXPECTED_TOTAL: Record<AccountName, number | 'forbidden'> = {
  cityCounter: 17,
  westCounter: 9,
  eastCounter: 8,
  employerClerk: 2,
  bankClerk: 6,
  courier: 'forbidden',
  reviewer: 17,
  auditor: 17,
  admin: 17,
};

/** People still pending (default statuses) each account's list holds. */
export const EXPECTED_PENDING: Record<AccountName, number | 'forbidden'> = {
  cityCounter: 7,
  westCounter: 2,
  eastCounter: 5,
  employerClerk: 1,
  bankClerk: 3,
  courier: 'forbidden',
  reviewer: 7,
  auditor: 7,
  admin: 7,
};
