// Paper-proof scans through the API: images are stored and hashed without their metadata, a
// broken image is refused in the clerk's language, a PDF is kept as sent.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-app.ts';
import { asStaff, logInAll, seedStaffWorld, type AccountName } from '../routes/staff/test-staff.ts';
import { errorOf, seedPaperPeople, type PaperPerson } from '../routes/staff-paper/test-paper.ts';
import { jpegSegments } from './jpeg-segments.ts';
import { pngChunks } from './png-chunks.ts';
import { withJpegMetadata, withPngMetadata } from './test-images.ts';

let app: TestApp;
let tokens: Record<AccountName, string>;
let ids: Record<PaperPerson, string>;

beforeAll(async () => {
  app = await buildTestApp();
  await seedStaffWorld(app);
  ({ ids } = await seedPaperPeople(app));
  tokens = await logInAll(app);
});
afterAll(async () => {
  await app?.close();
});

type Reply = { id: string; scan: { contentType: string; bytes: number; sha256: string } };

const recordForm = (person: PaperPerson, scan: Uint8Array, lang = 'zh-CN') =>
  asStaff(
    app,
    tokens.admin,
    'POST',
    `/api/staff/pensioners/${ids[person]}/offsite-forms?lang=${lang}`,
    { delivery: 'post', scan: { dataBase64: Buffer.from(scan).toString('base64') } },
  );
const storedScan = async (id: string) =>
  (await asStaff(app, tokens.admin, 'GET', `/api/staff/paper-proofs/${id}/scan`)).rawPayload;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const picture = (format: 'jpeg' | 'png') =>
  sharp({ create: { width: 24, height: 12, channels: 3, background: '#c86432' } })
    [format]()
    .toBuffer()
    .then((b) => new Uint8Array(b));

describe('scans are stored without image metadata', () => {
  it('a JPEG loses EXIF (GPS, device) and comment, is turned upright, and is hashed as stored', async () => {
    const sent = withJpegMetadata(await picture('jpeg'), 6);
    const res = await recordForm('westElsewhere', sent);
    expect(res.statusCode).toBe(201);
    const proof = res.json<Reply>();
    const stored = await storedScan(proof.id);
    expect(proof.scan).toEqual({
      contentType: 'image/jpeg',
      bytes: stored.length,
      sha256: sha256(stored),
    });
    expect(proof.scan.sha256).not.toBe(sha256(sent));
    expect(jpegSegments(stored)!.map((s) => s.marker)).not.toContain(0xe1);
    expect(stored.toString('latin1')).not.toMatch(/Exif|LifecertTestCam|Zhongzhou|TRAILER/);
    expect(await sharp(stored).metadata()).toMatchObject({ width: 12, height: 24 });
  });

  it('a PNG loses its text, time and EXIF chunks', async () => {
    const res = await recordForm('eastElsewhere', withPngMetadata(await picture('png'), 1));
    expect(res.statusCode).toBe(201);
    const stored = await storedScan(res.json<Reply>().id);
    const types = pngChunks(stored)!.map((c) => c.type);
    expect(types).toContain('IDAT');
    expect(types.filter((t) => ['tEXt', 'tIME', 'eXIf'].includes(t))).toEqual([]);
  });

  it('refuses a broken image with a reason in the clerk’s language, and records nothing', async () => {
    const broken = (await picture('jpeg')).slice(0, 60);
    const zh = await recordForm('eastElsewhere2', broken);
    expect(zh.statusCode).toBe(422);
    expect(errorOf(zh).code).toBe('scan_unreadable');
    expect(errorOf(zh).messages['zh-CN']).toContain('无法读取');
    const en = await recordForm('eastElsewhere2', broken, 'en');
    expect(errorOf(en).messages.en).toContain('cannot be read');
    const list = await asStaff(
      app,
      tokens.admin,
      'GET',
      `/api/staff/pensioners/${ids.eastElsewhere2}/paper-proofs`,
    );
    expect(list.json<{ proofs: unknown[] }>().proofs).toEqual([]);
  });

  it('keeps a PDF as sent', async () => {
    const pdf = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj <</Author (Scanner SN-0042)>> endobj\n%%EOF\n',
    );
    const res = await recordForm('eastElsewhere2', pdf);
    expect(res.statusCode).toBe(201);
    expect(res.json<Reply>().scan.sha256).toBe(sha256(pdf));
    expect((await storedScan(res.json<Reply>().id)).equals(pdf)).toBe(true);
  });
});
