import type { Database } from '@lifecert/db';
import type { Kysely } from 'kysely';

const LOOKUP_BATCH = 5000;

/**
 * Maps employer codes from the file to registered employer organisations. Unknown codes map to
 * nothing: the row is imported without an employer link (see docs/csv-format.md for why).
 */
export const findEmployers = async (
  db: Kysely<Database>,
  codes: Iterable<string>,
): Promise<Map<string, string>> => {
  const wanted = [...new Set(codes)];
  const found = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += LOOKUP_BATCH) {
    const rows = await db
      .selectFrom('organisations')
      .select(['id', 'code'])
      .where('kind', '=', 'employer')
      .where('code', 'in', wanted.slice(i, i + LOOKUP_BATCH))
      .execute();
    for (const r of rows) found.set(r.code, r.id);
  }
  return found;
};
