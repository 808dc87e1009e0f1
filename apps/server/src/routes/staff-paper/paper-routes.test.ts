// The paper flows end to end through the API: receipt, four eyes, approval into a certification,
// rejection with a reason, the validity window and the scan rules.
import { offsiteFormReference } from '@lifecert/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOTICE_SECRET, type TestApp } from '../../test-app.ts';
import {
  asStaff,
  logInAll,
  seedStaffWorld,
  type AccountName,
  type StaffWorld,
} from '../staff/test-staff.ts';
import { errorOf, GIF_SCAN, JPEG_SCAN, seedPaperPeople, type PaperPerson } from './test-paper.ts';

let app: TestApp;
let world: StaffWorld;
let tokens: Record<AccountName, string>;
let ids: Record<PaperPerson, string>;
let idNumbers: Record<PaperPerson, string>;

beforeAll(async () => {
  app = await buildTestApp();
  world = await seedStaffWorld(app);
  ({ ids, idNumbers } = await seedPaperPeople(app));
  tokens = await logInAll(app);
});
afterAll(async () => {
  await app?.close();
});

type ProofReply = { id: string; state: string; canReview: boolean; certificateNo?: string | null };

const recordForm = (account: AccountName, person: PaperPerson, extra: object = {}) =>
  asStaff(app, tokens[account], 'POST', `/api/staff/pensioners/${ids[person]}/offsite-forms`, {
    delivery: 'post',
    scan: { dataBase64: JPEG_SCAN },
    ...extra,
  });
const recordDocument = (account: AccountName, person: PaperPerson, extra: object = {}) =>
  asStaff(app, tokens[account], 'POST', `/api/staff/pensioners/${ids[person]}/overseas-documents`, {
    documentType: 'mo-civic-bureau-life-certificate',
    delivery: 'proxy',
    issuingBody: '澳门民政总署',
    issuedOn: '2018-07-20',
    scan: { dataBase64: JPEG_SCAN },
    ...extra,
  });
const decide = (account: AccountName, id: string, reject?: string) =>
  asStaff(
    app,
    tokens[account],
    'POST',
    `/api/staff/paper-proofs/${id}/${reject === undefined ? 'approve' : 'reject'}`,
    reject === undefined ? undefined : { reason: reject },
  );
const openReviews = async (person: PaperPerson) =>
  (
    await sql<{ kind: string }>`
      select kind from pending_reviews where pensioner_id = ${ids[person]} and resolved_at is null`.execute(
      app.testDb.db,
    )
  ).rows;
const certificationsOf = (person: PaperPerson) =>
  app.testDb.db
    .selectFrom('certifications')
    .selectAll()
    .where('pensioner_id', '=', ids[person])
    .execute();
const auditOf = (person: PaperPerson) =>
  app.testDb.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'channel', 'details'])
    .where('entity_id', '=', ids[person])
    .orderBy('seq')
    .execute();

describe('offsite form: receipt and review', () => {
  it('records a stamped form with its QR reference, then a second member of staff approves it', async () => {
    const reference = offsiteFormReference(TEST_NOTICE_SECRET, ids.eastElsewhere, 2018);
    const res = await recordForm('eastCounter', 'eastElsewhere', { reference });
    expect(res.statusCode).toBe(201);
    const proof = res.json<ProofReply & { formReference: string; scan: { sha256: string } }>();
    expect(proof).toMatchObject({ state: 'pending', formReference: reference, canReview: false });
    expect(await openReviews('eastElsewhere')).toEqual([{ kind: 'offsite_form' }]);

    // A second receipt while the first awaits review is refused.
    const again = await recordForm('cityCounter', 'eastElsewhere');
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('paper_proof_pending');

    // The reviewer sees it as reviewable; the clerk's role cannot approve at all.
    const seen = await asStaff(app, tokens.reviewer, 'GET', `/api/staff/paper-proofs/${proof.id}`);
    expect(seen.json<ProofReply>().canReview).toBe(true);
    expect((await decide('eastCounter', proof.id)).statusCode).toBe(403);

    const approved = await decide('reviewer', proof.id);
    expect(approved.statusCode).toBe(200);
    const body = approved.json<ProofReply>();
    expect(body.state).toBe('approved');
    expect(body.certificateNo).toMatch(/2018-/);
    const [cert, ...more] = await certificationsOf('eastElsewhere');
    expect(more).toEqual([]);
    expect(cert).toMatchObject({
      channel: 'offsite_form',
      method: 'form',
      operator_id: world.staffIds.reviewer,
      certificate_no: body.certificateNo,
    });
    expect(await openReviews('eastElsewhere')).toEqual([]);
    const audit = await auditOf('eastElsewhere');
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'paper_proof.recorded',
          actor_id: world.staffIds.eastCounter,
          channel: 'offsite_form',
        }),
        expect.objectContaining({
          action: 'paper_proof.approved',
          actor_id: world.staffIds.reviewer,
          channel: 'offsite_form',
        }),
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain(idNumbers.eastElsewhere);

    // Deciding twice, or recording after certification, is refused.
    expect(errorOf(await decide('admin', proof.id)).code).toBe('paper_proof_decided');
    expect(errorOf(await recordForm('eastCounter', 'eastElsewhere')).code).toBe(
      'already_certified',
    );
    const detail = await asStaff(
      app,
      tokens.reviewer,
      'GET',
      `/api/staff/pensioners/${ids.eastElsewhere}`,
    );
    expect(detail.json()).toMatchObject({ campaign: { status: 'certified' } });
  });

  it('keeps the recorder from reviewing their own receipt (four eyes)', async () => {
    const res = await recordForm('admin', 'westElsewhere');
    expect(res.statusCode).toBe(201);
    const { id, canReview } = res.json<ProofReply>();
    expect(canReview).toBe(false);
    const own = await decide('admin', id);
    expect(own.statusCode).toBe(403);
    expect(errorOf(own).code).toBe('paper_proof_own_record');
    expect(errorOf(await decide('admin', id, '印章不清晰')).code).toBe('paper_proof_own_record');
    expect(await certificationsOf('westElsewhere')).toEqual([]);

    // Rejected by someone else, with a reason: the person stays pending, the review is closed.
    const rejected = await decide('reviewer', id, '  印章不清晰，请重新盖章  ');
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({
      state: 'rejected',
      rejectReason: '印章不清晰，请重新盖章',
    });
    expect(await openReviews('westElsewhere')).toEqual([]);
    expect(await certificationsOf('westElsewhere')).toEqual([]);
    const detail = await asStaff(
      app,
      tokens.reviewer,
      'GET',
      `/api/staff/pensioners/${ids.westElsewhere}`,
    );
    expect(detail.json()).toMatchObject({ campaign: { status: 'pending' } });
  });

  it('refuses references that are not ours or name someone else', async () => {
    const other = offsiteFormReference(TEST_NOTICE_SECRET, ids.westElsewhere, 2018);
    const wrongPerson = await recordForm('eastCounter', 'eastElsewhere2', { reference: other });
    expect(errorOf(wrongPerson).code).toBe('offsite_form_reference_invalid');
    const forged = offsiteFormReference('another-secret', ids.eastElsewhere2, 2018);
    const lookup = await asStaff(
      app,
      tokens.eastCounter,
      'GET',
      `/api/staff/offsite-forms/lookup?reference=${encodeURIComponent(forged)}`,
    );
    expect(lookup.statusCode).toBe(404);
    expect(errorOf(lookup).code).toBe('offsite_form_reference_invalid');
    const good = await asStaff(
      app,
      tokens.eastCounter,
      'GET',
      `/api/staff/offsite-forms/lookup?reference=${encodeURIComponent(offsiteFormReference(TEST_NOTICE_SECRET, ids.eastElsewhere2, 2018))}`,
    );
    expect(good.json()).toEqual({
      pensioner: { id: ids.eastElsewhere2, name: '东区异地二', districtCode: '410303' },
      year: 2018,
    });
  });

  it('checks scans by their bytes and size, with messages in both languages', async () => {
    const gif = await recordForm('eastCounter', 'eastElsewhere2', {
      scan: { dataBase64: GIF_SCAN },
    });
    expect(gif.statusCode).toBe(415);
    const gifMessages = errorOf(gif).messages;
    expect(gifMessages['zh-CN']).toContain('JPEG');
    expect(gifMessages.en).toContain('JPEG');
    const big = Buffer.alloc(5 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const tooBig = await recordForm('eastCounter', 'eastElsewhere2', {
      scan: { dataBase64: big.toString('base64') },
    });
    expect(tooBig.statusCode).toBe(413);
    const malformed = await recordForm('eastCounter', 'eastElsewhere2', {
      scan: { dataBase64: '***' },
    });
    expect(malformed.statusCode).toBe(400);
    const noBody = await asStaff(
      app,
      tokens.eastCounter,
      'POST',
      `/api/staff/pensioners/${ids.eastElsewhere2}/offsite-forms`,
      { delivery: 'pigeon' },
    );
    expect(noBody.statusCode).toBe(400);
    expect(await openReviews('eastElsewhere2')).toEqual([]);
  });

  it('offers each flow only to people living where it applies', async () => {
    const formAbroad = await recordForm('eastCounter', 'eastMacao');
    expect(errorOf(formAbroad).code).toBe('paper_proof_wrong_residence');
    const pdfLocal = await asStaff(
      app,
      tokens.eastCounter,
      'GET',
      `/api/staff/pensioners/${world.personIds.east}/offsite-form.pdf`,
    );
    expect(pdfLocal.statusCode).toBe(409);
    const docElsewhere = await recordDocument('eastCounter', 'eastElsewhere2');
    expect(errorOf(docElsewhere).code).toBe('paper_proof_wrong_residence');
  });
});

describe('the person downloads their own form', () => {
  const selfLogin = async (person: PaperPerson) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/self/login',
      payload: { idNumber: idNumbers[person], password: idNumbers[person].slice(-6) },
    });
    expect(res.statusCode).toBe(200);
    return res.json<{ token: string }>().token;
  };
  const download = (token?: string) =>
    app.inject({
      method: 'GET',
      url: '/api/self/offsite-form.pdf',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('gives a person living elsewhere the PDF, audited with the person as actor', async () => {
    const res = await download(await selfLogin('eastElsewhere2'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const printed = (await auditOf('eastElsewhere2')).filter(
      (a) => a.action === 'offsite_form.printed',
    );
    expect(printed).toEqual([
      expect.objectContaining({ actor_id: ids.eastElsewhere2, channel: 'offsite_form' }),
    ]);
  });

  it('refuses people living elsewhere than in China, and anyone without a session', async () => {
    const abroad = await download(await selfLogin('eastUsa'));
    expect(abroad.statusCode).toBe(409);
    expect(errorOf(abroad).code).toBe('paper_proof_wrong_residence');
    expect((await download()).statusCode).toBe(401);
  });
});

describe('overseas documents', () => {
  it("lists the document types of the person's region from the profile", async () => {
    const macao = await asStaff(
      app,
      tokens.eastCounter,
      'GET',
      `/api/staff/pensioners/${ids.eastMacao}/overseas-document-types`,
    );
    expect(macao.json()).toMatchObject({
      region: 'MO',
      regionKind: 'macao',
      documentMaxAgeDays: 180,
      deliveryMethods: ['proxy', 'post'],
    });
    expect(macao.json<{ documents: { code: string }[] }>().documents.map((d) => d.code)).toEqual([
      'mo-trade-union-life-certificate',
      'mo-civic-bureau-life-certificate',
    ]);
    const usa = await asStaff(
      app,
      tokens.eastCounter,
      'GET',
      `/api/staff/pensioners/${ids.eastUsa}/overseas-document-types`,
    );
    expect(usa.json<{ documents: { code: string }[] }>().documents.map((d) => d.code)).toEqual([
      'embassy-entitlement-certificate',
    ]);
  });

  it('refuses a document too old, issued after receipt, or of another region, in zh-CN and en', async () => {
    const old = await recordDocument('eastCounter', 'eastMacao', { issuedOn: '2018-01-31' });
    expect(old.statusCode).toBe(422);
    expect(errorOf(old).code).toBe('overseas_document_too_old');
    expect(errorOf(old).messages['zh-CN']).toContain('有效期');
    expect(errorOf(old).messages.en).toContain('too long ago');
    const english = await app.inject({
      method: 'POST',
      url: `/api/staff/pensioners/${ids.eastMacao}/overseas-documents`,
      headers: { authorization: `Bearer ${tokens.eastCounter}`, 'accept-language': 'en' },
      payload: {
        documentType: 'mo-civic-bureau-life-certificate',
        delivery: 'post',
        issuingBody: '澳门民政总署',
        issuedOn: '2018-08-02',
        scan: { dataBase64: JPEG_SCAN },
      },
    });
    expect(english.statusCode).toBe(422);
    const englishError = english.json<{ error: { code: string; message: string } }>().error;
    expect(englishError.code).toBe('overseas_document_issued_in_future');
    expect(englishError.message).toContain('issue date');
    const embassy = await recordDocument('eastCounter', 'eastMacao', {
      documentType: 'embassy-entitlement-certificate',
    });
    expect(errorOf(embassy).code).toBe('overseas_document_wrong_region');
    const noIssuer = await recordDocument('eastCounter', 'eastMacao', { issuingBody: ' ' });
    expect(noIssuer.statusCode).toBe(400);
    expect(await openReviews('eastMacao')).toEqual([]);
  });

  it('accepts the oldest document still inside the window; a reviewer approves it', async () => {
    const res = await recordDocument('eastCounter', 'eastMacao', { issuedOn: '2018-02-02' });
    expect(res.statusCode).toBe(201);
    const proof = res.json<ProofReply & { documentType: { code: string }; region: string }>();
    expect(proof).toMatchObject({
      region: 'MO',
      issuingBody: '澳门民政总署',
      issuedOn: '2018-02-02',
      documentType: { code: 'mo-civic-bureau-life-certificate' },
    });
    expect(await openReviews('eastMacao')).toEqual([{ kind: 'overseas_document' }]);
    const scan = await asStaff(
      app,
      tokens.reviewer,
      'GET',
      `/api/staff/paper-proofs/${proof.id}/scan`,
    );
    expect(scan.headers['content-type']).toBe('image/jpeg');
    expect(scan.rawPayload.equals(Buffer.from(JPEG_SCAN, 'base64'))).toBe(true);

    const approved = await decide('admin', proof.id);
    expect(approved.statusCode).toBe(200);
    const [cert] = await certificationsOf('eastMacao');
    expect(cert).toMatchObject({
      channel: 'overseas_document',
      method: 'document',
      operator_id: world.staffIds.admin,
    });
    const actions = (await auditOf('eastMacao')).map((a) => [a.action, a.channel]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['paper_proof.recorded', 'overseas_document'],
        ['paper_proof.scan_viewed', 'staff_console'],
        ['paper_proof.approved', 'overseas_document'],
      ]),
    );
  });

  it('shows decided proofs in the queue by state, and the pending queue empties', async () => {
    const pending = await asStaff(app, tokens.reviewer, 'GET', '/api/staff/paper-proofs');
    const pendingNames = pending.json<{ items: { pensioner: { name: string } }[] }>().items;
    expect(pendingNames.map((i) => i.pensioner.name)).not.toContain('东区澳门');
    const approved = await asStaff(
      app,
      tokens.reviewer,
      'GET',
      '/api/staff/paper-proofs?state=approved&kind=overseas_document',
    );
    expect(
      approved
        .json<{ items: { pensioner: { name: string } }[] }>()
        .items.map((i) => i.pensioner.name),
    ).toEqual(['东区澳门']);
  });
});
