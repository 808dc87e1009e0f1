// Paper proofs: each role can do exactly what it should, and only inside its scope.
import { offsiteFormReference } from '@lifecert/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOTICE_SECRET, type TestApp } from '../../test-app.ts';
import {
  ALL_ACCOUNTS,
  asStaff,
  logInAll,
  seedStaffWorld,
  type AccountName,
} from '../staff/test-staff.ts';
import { JPEG_SCAN, seedPaperPeople, type PaperPerson } from './test-paper.ts';

let app: TestApp;
let tokens: Record<AccountName, string>;
let ids: Record<PaperPerson, string>;
// One proof recorded in each district, decided by nobody, for the read routes.
let eastProof: string;
let westProof: string;

const allowed = (accounts: AccountName[]) => (a: AccountName) => accounts.includes(a);
const PRINTERS = allowed(['cityCounter', 'westCounter', 'eastCounter', 'reviewer', 'admin']);
const RECORDERS = allowed(['cityCounter', 'westCounter', 'eastCounter', 'admin']);
const READERS = allowed([
  'cityCounter',
  'westCounter',
  'eastCounter',
  'reviewer',
  'auditor',
  'admin',
]);
const SCAN_VIEWERS = allowed(['cityCounter', 'westCounter', 'eastCounter', 'reviewer', 'admin']);
const REVIEWERS = allowed(['reviewer', 'admin']);

const offsiteBody = { delivery: 'post', scan: { dataBase64: JPEG_SCAN } };
const overseasBody = {
  documentType: 'mo-civic-bureau-life-certificate',
  delivery: 'proxy',
  issuingBody: '澳门民政总署',
  issuedOn: '2018-07-20',
  scan: { dataBase64: JPEG_SCAN },
};

beforeAll(async () => {
  app = await buildTestApp();
  await seedStaffWorld(app);
  ({ ids } = await seedPaperPeople(app));
  tokens = await logInAll(app);
  const rec = async (person: PaperPerson) => {
    const res = await asStaff(
      app,
      tokens.cityCounter,
      'POST',
      `/api/staff/pensioners/${ids[person]}/offsite-forms`,
      offsiteBody,
    );
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string }>().id;
  };
  eastProof = await rec('eastElsewhere2');
  westProof = await rec('westElsewhere');
});
afterAll(async () => {
  await app?.close();
});

describe('who may do what with paper proofs', () => {
  it.each(ALL_ACCOUNTS)('%s: printing the offsite form', async (account) => {
    const res = await asStaff(
      app,
      tokens[account],
      'GET',
      `/api/staff/pensioners/${ids.eastElsewhere}/offsite-form.pdf`,
    );
    if (!PRINTERS(account)) return expect(res.statusCode).toBe(403);
    // The west counter is a desk clerk, but the person lives in the east district's files.
    expect(res.statusCode).toBe(account === 'westCounter' ? 404 : 200);
  });

  it.each(ALL_ACCOUNTS)(
    '%s: recording documents and looking up form references',
    async (account) => {
      // Nothing valid reaches the database for refused roles: the body is a real request.
      const res = await asStaff(
        app,
        tokens[account],
        'POST',
        `/api/staff/pensioners/${ids.eastMacao}/overseas-documents`,
        { ...overseasBody, issuedOn: '2018-07-99' },
      );
      const types = await asStaff(
        app,
        tokens[account],
        'GET',
        `/api/staff/pensioners/${ids.eastMacao}/overseas-document-types`,
      );
      const ref = offsiteFormReference(TEST_NOTICE_SECRET, ids.eastElsewhere, 2018);
      const lookup = await asStaff(
        app,
        tokens[account],
        'GET',
        `/api/staff/offsite-forms/lookup?reference=${encodeURIComponent(ref)}`,
      );
      if (!RECORDERS(account)) {
        expect([res.statusCode, types.statusCode, lookup.statusCode]).toEqual([403, 403, 403]);
        return;
      }
      const inScope = account !== 'westCounter';
      // In scope, the refused date is the only fault left.
      expect(res.statusCode).toBe(inScope ? 400 : 404);
      expect(types.statusCode).toBe(inScope ? 200 : 404);
      expect(lookup.statusCode).toBe(inScope ? 200 : 404);
    },
  );

  it.each(ALL_ACCOUNTS)('%s: the queue, one proof and its scan', async (account) => {
    const queue = await asStaff(app, tokens[account], 'GET', '/api/staff/paper-proofs');
    const detail = await asStaff(
      app,
      tokens[account],
      'GET',
      `/api/staff/paper-proofs/${eastProof}`,
    );
    const scan = await asStaff(
      app,
      tokens[account],
      'GET',
      `/api/staff/paper-proofs/${eastProof}/scan`,
    );
    if (!READERS(account)) {
      expect([queue.statusCode, detail.statusCode, scan.statusCode]).toEqual([403, 403, 403]);
      return;
    }
    expect(queue.statusCode).toBe(200);
    const seen = queue.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    if (account === 'westCounter') {
      expect(seen).toEqual([westProof]);
      expect(detail.statusCode).toBe(404);
    } else if (account === 'eastCounter') {
      expect(seen).toEqual([eastProof]);
      expect(detail.statusCode).toBe(200);
    } else {
      expect(seen.sort()).toEqual([eastProof, westProof].sort());
      expect(detail.statusCode).toBe(200);
    }
    if (!SCAN_VIEWERS(account)) return expect(scan.statusCode).toBe(403);
    expect(scan.statusCode).toBe(account === 'westCounter' ? 404 : 200);
  });

  it.each(ALL_ACCOUNTS)("%s: a person's proofs and residence", async (account) => {
    const res = await asStaff(
      app,
      tokens[account],
      'GET',
      `/api/staff/pensioners/${ids.eastElsewhere2}/paper-proofs`,
    );
    if (!READERS(account)) return expect(res.statusCode).toBe(403);
    if (account === 'westCounter') return expect(res.statusCode).toBe(404);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      residence: 'elsewhere',
      residenceRegion: '110100',
      proofs: [{ id: eastProof, kind: 'offsite_form', state: 'pending' }],
    });
  });

  it.each(ALL_ACCOUNTS)('%s: deciding', async (account) => {
    // A reason too short: allowed reviewers get 400 and nothing changes.
    const reject = await asStaff(
      app,
      tokens[account],
      'POST',
      `/api/staff/paper-proofs/${eastProof}/reject`,
      { reason: 'x' },
    );
    expect(reject.statusCode).toBe(REVIEWERS(account) ? 400 : 403);
    if (!REVIEWERS(account)) {
      const approve = await asStaff(
        app,
        tokens[account],
        'POST',
        `/api/staff/paper-proofs/${eastProof}/approve`,
      );
      expect(approve.statusCode).toBe(403);
    }
  });

  it('answers 401 without a session', async () => {
    for (const url of [
      '/api/staff/paper-proofs',
      `/api/staff/pensioners/${ids.eastElsewhere}/offsite-form.pdf`,
    ]) {
      expect((await asStaff(app, undefined, 'GET', url)).statusCode).toBe(401);
    }
  });
});
