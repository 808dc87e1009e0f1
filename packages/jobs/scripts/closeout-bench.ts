// Usage: npx tsx packages/jobs/scripts/closeout-bench.ts [people] [postgres://admin-url | pglite]
// Prints the close-out and reminder figures as JSON on a fresh database that is dropped after.
import { createTestDb } from '@lifecert/db';
import { closeoutBench } from '../src/bench/closeout-bench.ts';

const people = Number(process.argv[2] ?? 1_000_000);
const target = process.argv[3] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const t = await createTestDb({ env: target === 'pglite' ? {} : { TEST_DATABASE_URL: target } });
try {
  const result = await closeoutBench(t.db, people, {
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify({ engine: t.kind, ...result }, null, 2)}\n`);
} finally {
  await t.close();
}
