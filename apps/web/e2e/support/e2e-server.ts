// The real server for browser tests: the whole app on a random port, a fresh in-memory PGlite
// database, the city profile, a clock inside the 2018 campaign window that runs in real time,
// and (for camera tests) the real face engine.
import { loadProfile, parseConfig } from '@lifecert/config';
import type { Clock } from '@lifecert/core';
import { createTestDb, type TestDb } from '@lifecert/db';
import { buildApp } from '@lifecert/server';
import { startFaceServices } from '../../../server/src/face/photo-assessor.ts';
import {
  makeIdNumber,
  seedCampaign,
  seedPensioner,
  seedReferencePhoto,
} from '../../../server/src/routes/self-service/test-fixtures.ts';
import { ensureWebBuilt, webDist } from '../../scripts/ensure-built.ts';

export const CAMPAIGN_T0 = Date.parse('2018-08-01T02:00:00Z');

export type E2eServer = {
  url: string;
  /** the build the server serves */
  dist: string;
  db: TestDb['db'];
  close: () => Promise<void>;
  /** a pensioner with a reference photo and no contact details yet; password = last six */
  addPensioner: (opts: { name: string; photo?: Uint8Array; checkDigitX?: boolean }) => Promise<{
    idNumber: string;
    password: string;
  }>;
};

let serial = 200;

/** A made-up ID number; with checkDigitX, one whose check digit is X (typed as a lower-case x). */
function nextIdNumber(checkDigitX: boolean): string {
  for (;;) {
    const id = makeIdNumber(serial++);
    if (!checkDigitX || id.endsWith('X')) return id;
  }
}

export async function startE2eServer(opts: { face: boolean }): Promise<E2eServer> {
  // The pinned challenge goes through the same configuration path as the environment variables.
  const config = parseConfig({ NODE_ENV: 'test', TEST_PIN_CHALLENGE: 'nod,blink,mouth' });
  // buildApp serves apps/web/dist (the same files `npm start` serves), rebuilt when stale.
  const [, testDb, profile, engine] = await Promise.all([
    ensureWebBuilt(),
    createTestDb({ env: {} }),
    loadProfile(),
    opts.face ? startFaceServices({ threads: 2 }) : Promise.resolve(undefined),
  ]);
  // The self-service verifier and the staff photo check share one engine.
  const face = engine?.face;
  const started = Date.now();
  const clock: Clock = { now: () => CAMPAIGN_T0 + (Date.now() - started) };
  const app = await buildApp({
    deps: {
      db: testDb.db,
      dbKind: testDb.kind,
      profile,
      clock,
      settings: { rateLimitPerMinute: 10_000, noticeSecret: 'e2e-notice-secret' },
      ...(engine ? { face: engine.face, photos: engine.photos } : {}),
      selfService: { nodeEnv: config.nodeEnv, testPinChallenge: config.testPinChallenge },
    },
    logger: false,
  });
  await seedCampaign(testDb.db, profile);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    // localhost is a secure context, which the camera and the service worker need.
    url: address.replace('127.0.0.1', 'localhost'),
    dist: webDist,
    db: testDb.db,
    async close() {
      await app.close();
      await face?.close();
      await testDb.close();
    },
    async addPensioner(p) {
      const idNumber = nextIdNumber(p.checkDigitX ?? false);
      const row = await seedPensioner(testDb.db, { idNumber, name: p.name });
      if (p.photo) await seedReferencePhoto(testDb.db, row.id, p.photo);
      return { idNumber, password: idNumber.slice(-6) };
    },
  };
}
