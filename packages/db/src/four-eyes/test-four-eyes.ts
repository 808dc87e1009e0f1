import { createOrganisation } from '../organisations-repo.ts';
import {
  getPensionerByIdNumber,
  upsertPensioners,
  type PensionerImportRow,
} from '../pensioners-repo.ts';
import { createStaffAccount } from '../staff-repo.ts';
import type { TestDb } from '../test-db.ts';

/**
 * The four-eyes repository tests' world: one agency with a counter clerk (who requests) and a
 * reviewer (who decides), and the given people, whose ids come back in the same order.
 */
export const seedFourEyesWorld = async <const P extends readonly PensionerImportRow[]>(
  t: TestDb,
  people: P,
) => {
  const org = await createOrganisation(t.db, {
    kind: 'agency',
    code: 'A',
    name_zh: 'A',
    name_en: 'A',
    parent_id: null,
  });
  const staff = (username: string, role: 'counter_clerk' | 'reviewer') =>
    createStaffAccount(t.db, {
      organisation_id: org.id,
      username,
      password_hash: 'x',
      role,
      display_name: username,
    });
  const clerk = (await staff('clerk', 'counter_clerk')).id;
  const reviewer = (await staff('reviewer', 'reviewer')).id;
  await upsertPensioners(t.db, people);
  const ids: string[] = [];
  for (const p of people) ids.push((await getPensionerByIdNumber(t.db, p.idNumber))!.id);
  return { orgId: org.id, clerk, reviewer, personIds: ids as { [K in keyof P]: string } };
};
