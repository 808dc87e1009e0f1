import { loadProfile } from '@lifecert/config';
import { fixedClock } from '@lifecert/core';
import { createTestDb, type TestDb } from '@lifecert/db';
import { buildApp } from './app.ts';
import type { AppDeps } from './deps.ts';

/** The notice-code key every test app uses, so tests can mint valid codes. */
export const TEST_NOTICE_SECRET = 'test-notice-secret';

export type TestApp = Awaited<ReturnType<typeof buildApp>> & { testDb: TestDb };

/** A real app on a fresh test database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). */
export async function buildTestApp(
  overrides: Partial<AppDeps> = {},
  logStream?: NodeJS.WritableStream,
): Promise<TestApp> {
  const testDb = await createTestDb();
  const deps: AppDeps = {
    db: testDb.db,
    dbKind: testDb.kind,
    profile: await loadProfile(),
    clock: fixedClock(Date.parse('2018-08-01T02:00:00Z')),
    settings: { rateLimitPerMinute: 1000, noticeSecret: TEST_NOTICE_SECRET },
    ...overrides,
  };
  const app = await buildApp(
    logStream ? { deps, logStream, logLevel: 'debug' } : { deps, logger: false },
  );
  app.addHook('onClose', async () => {
    await testDb.close();
  });
  return Object.assign(app, { testDb });
}
