// The real server for staff-console browser tests: apps/web's e2e server (whole app on a random
// port, fresh PGlite, the city profile, a 2018 campaign clock, optionally the real face engine)
// with the console built and the profile's organisations and demo-like staff accounts added.
import { loadProfile, profileOrganisations, type Profile } from '@lifecert/config';
import type { StaffRole } from '@lifecert/core';
import { upsertOrganisations, createStaffAccount, type Organisation } from '@lifecert/db';
import { hashPassword } from '@lifecert/server';
import { startE2eServer, type E2eServer } from '../../../web/e2e/support/e2e-server.ts';
import { ensureStaffWebBuilt } from '../../scripts/ensure-built.ts';

/** The demo system's accounts (password `demo-<username>-2018`), and where each works. */
export const STAFF_ACCOUNTS = {
  admin: { role: 'admin', name: '系统管理员', org: (p: Profile) => p.agencies[0]!.code },
  counter: {
    role: 'counter_clerk',
    name: '窗口经办员',
    org: (p: Profile) => `${p.agencies[0]!.code}/${p.agencies[0]!.counters[0]!.code}`,
  },
  reviewer: { role: 'reviewer', name: '待遇审核员', org: (p: Profile) => p.agencies[0]!.code },
  auditor: { role: 'auditor', name: '审计员', org: (p: Profile) => p.agencies[0]!.code },
  bank: { role: 'bank_clerk', name: '银行网点经办员', org: (p: Profile) => p.payingBanks[0]!.code },
  courier: { role: 'courier', name: '上门服务人员', org: (p: Profile) => p.homeVisit.courier.code },
} as const satisfies Record<string, { role: StaffRole; name: string; org: (p: Profile) => string }>;
export type StaffAccountName = keyof typeof STAFF_ACCOUNTS;

export const staffPassword = (name: StaffAccountName) => `demo-${name}-2018`;

export type StaffE2eServer = E2eServer & {
  profile: Profile;
  /** organisations by code, as the profile lists them */
  orgs: Map<string, Organisation>;
  /** staff account ids by account name */
  staffIds: Record<StaffAccountName, string>;
};

export async function startStaffE2eServer(opts: { face: boolean }): Promise<StaffE2eServer> {
  const [server, profile] = await Promise.all([
    // built first, so the server finds apps/staff-web/dist when it starts
    ensureStaffWebBuilt().then(() => startE2eServer(opts)),
    loadProfile(),
  ]);
  const db = server.db;
  const rows = profileOrganisations(profile);
  const orgs = new Map<string, Organisation>();
  // Parents before children: the profile lists them in that order.
  for (const o of rows) {
    const [row] = await upsertOrganisations(db, [
      {
        kind: o.kind,
        code: o.code,
        parent_id: o.parentCode ? (orgs.get(o.parentCode)?.id ?? null) : null,
        name_zh: o.name['zh-CN'],
        name_en: o.name.en,
        district_code: o.districtCode,
      },
    ]);
    orgs.set(o.code, row!);
  }
  const staffIds = {} as Record<StaffAccountName, string>;
  const accounts = Object.entries(STAFF_ACCOUNTS) as [
    StaffAccountName,
    (typeof STAFF_ACCOUNTS)[StaffAccountName],
  ][];
  // Argon2 is deliberately slow: the hashes are computed side by side.
  const hashes = await Promise.all(accounts.map(([name]) => hashPassword(staffPassword(name))));
  for (const [i, [name, s]] of accounts.entries()) {
    const org = orgs.get(s.org(profile));
    if (!org) throw new Error(`no organisation ${s.org(profile)} in the profile`);
    const row = await createStaffAccount(db, {
      organisation_id: org.id,
      username: name,
      password_hash: hashes[i]!,
      role: s.role,
      display_name: s.name,
    });
    staffIds[name] = row.id;
  }
  return { ...server, profile, orgs, staffIds };
}
