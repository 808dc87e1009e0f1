import { pensionerRulesFor, type Profile } from '@lifecert/config';
import { diffInfoChange, shanghaiDate, type Clock } from '@lifecert/core';
import { infoValuesOf, requestInfoChange, type Database } from '@lifecert/db';
import type { Kysely } from 'kysely';

// A correction on the demo system: a daughter, acting as proxy with the documents the reference
// names, asks to fix a made-up person's mobile and address at the demo counter; it awaits the
// demo reviewer. Made-up values only. (No pending photo is seeded: demo faces would have to be
// drawn, and the people without a photo already fill the missing-photo list.)
export async function seedInfoChangeDemo(
  db: Kysely<Database>,
  profile: Profile,
  clock: Clock,
): Promise<void> {
  const counter = await db
    .selectFrom('staff_accounts')
    .select(['id', 'organisation_id'])
    .where('username', '=', 'counter')
    .executeTakeFirst();
  const person = await db
    .selectFrom('pensioners')
    .selectAll()
    .where('residence', '=', 'local')
    .where('benefit_status', '=', 'active')
    .orderBy('id_number', 'desc')
    .executeTakeFirst();
  if (!counter || !person) return;
  const now = clock.now();
  const diff = diffInfoChange(
    infoValuesOf(person),
    { mobile: '13700001234', address: '示例区幸福路 18 号 2 单元 301 室' },
    pensionerRulesFor(profile, shanghaiDate(now)),
  );
  if (!diff.ok) return;
  await requestInfoChange(db, {
    pensionerId: person.id,
    channel: 'proxy',
    // A made-up resident ID number with a valid check digit.
    proxy: { name: '张晓红', idType: 'resident_id', idNumber: '110101198001010037' },
    documents: ['pensioner_id_copy_all_pages', 'proxy_id_original'],
    changes: diff.changes,
    reason: '本人手机号码和住址变更，女儿代办',
    staffId: counter.id,
    organisationId: counter.organisation_id,
    atMs: now,
  });
}
