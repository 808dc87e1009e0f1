// The offsite form as a person gets it: render the PDF to an image with poppler, read the Chinese
// back with tesseract and the QR code with jsQR. Needs Debian's poppler-utils, tesseract-ocr and
// tesseract-ocr-chi-sim (installed by .ci/run); skipped outside CI only.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOffsiteFormReference } from '@lifecert/core';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOTICE_SECRET, type TestApp } from '../../test-app.ts';
import { asStaff, logInAll, seedStaffWorld, type AccountName } from '../staff/test-staff.ts';
import { AppError } from '../../errors.ts';
import { CJK_FONT_CANDIDATES, loadCjkFont, renderOffsiteFormPdf } from './offsite-form-pdf.ts';
import { seedPaperPeople, type PaperPerson } from './test-paper.ts';

const has = (cmd: string, args: string[]) => spawnSync(cmd, args).status === 0;
const toolsPresent =
  has('pdftoppm', ['-v']) &&
  has('tesseract', ['--version']) &&
  spawnSync('tesseract', ['--list-langs']).stdout.toString().includes('chi_sim');
const fontPresent = (() => {
  try {
    loadCjkFont();
    return true;
  } catch {
    return false;
  }
})();
// In CI every tool must be there: a missing one fails the test instead of skipping it.
const run = (toolsPresent && fontPresent) || Boolean(process.env.CI);

/** Decodes a binary PPM (P6) into the RGBA pixels jsQR reads. */
const readPpm = (buf: Buffer) => {
  const header = buf.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PPM');
  const [, w, h] = header.map(Number) as [number, number, number];
  const start = header[0].length;
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    rgba[i * 4] = buf[start + i * 3]!;
    rgba[i * 4 + 1] = buf[start + i * 3 + 1]!;
    rgba[i * 4 + 2] = buf[start + i * 3 + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return { width: w, height: h, data: rgba };
};

describe.runIf(run)('offsite form PDF', () => {
  let app: TestApp;
  let tokens: Record<AccountName, string>;
  let ids: Record<PaperPerson, string>;
  let idNumbers: Record<PaperPerson, string>;
  let dir: string;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedStaffWorld(app);
    ({ ids, idNumbers } = await seedPaperPeople(app));
    tokens = await logInAll(app);
    dir = mkdtempSync(join(tmpdir(), 'lifecert-offsite-'));
  });
  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the title, the person and the mailing address in Chinese, and a QR code naming the record', async () => {
    const res = await asStaff(
      app,
      tokens.eastCounter,
      'GET',
      `/api/staff/pensioners/${ids.eastElsewhere}/offsite-form.pdf`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(join(dir, 'form.pdf'), pdf);

    execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', 'form.pdf', 'form'], {
      cwd: dir,
    });
    const text = execFileSync('tesseract', ['form.png', '-', '-l', 'chi_sim'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .replace(/\s+/g, '');
    const profile = app.deps.profile;
    expect(text).toContain('东区异地');
    expect(text).toContain(profile.offsiteForm.name['zh-CN']);
    expect(text).toContain(profile.reviewSection.postcode);
    expect(text).toContain('开元大道240号');
    expect(text).toContain(idNumbers.eastElsewhere);

    execFileSync('pdftoppm', ['-r', '150', '-singlefile', 'form.pdf', 'form'], { cwd: dir });
    const image = readPpm(readFileSync(join(dir, 'form.ppm')));
    const qr = jsQR(image.data, image.width, image.height);
    expect(qr).not.toBeNull();
    // The code holds a signed reference, not the ID number, and it leads back to the person.
    expect(qr!.data).not.toContain(idNumbers.eastElsewhere);
    expect(readOffsiteFormReference(TEST_NOTICE_SECRET, qr!.data)).toEqual({
      pensionerId: ids.eastElsewhere,
      year: 2018,
    });
    const lookup = await asStaff(
      app,
      tokens.eastCounter,
      'GET',
      `/api/staff/offsite-forms/lookup?reference=${encodeURIComponent(qr!.data)}`,
    );
    expect(lookup.json()).toMatchObject({ pensioner: { id: ids.eastElsewhere } });
  }, 60_000);

  it('prints Chinese with the font from npm alone (a machine without Chinese system fonts)', async () => {
    const npmFont = CJK_FONT_CANDIDATES[CJK_FONT_CANDIDATES.length - 1]!;
    expect(npmFont.path).toContain('node_modules');
    const pdf = await renderOffsiteFormPdf(
      {
        title: app.deps.profile.offsiteForm.name['zh-CN'],
        campaignYear: 2018,
        agencyName: '示例社会保险经办机构',
        person: {
          name: '王秀英',
          idNumber: idNumbers.eastElsewhere,
          district: '东区',
          residenceRegion: '上海市',
          mobile: null,
          address: '上海市示例路1号',
        },
        obtainFrom: '经办机构网站',
        mailTo: { name: '待遇审核科', address: '示例大道1号', postcode: '100000' },
        reference: 'test-reference',
        printedOn: '2018-08-01',
      },
      loadCjkFont([npmFont]),
    );
    writeFileSync(join(dir, 'npm-font.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', 'npm-font.pdf', 'npm-font'], {
      cwd: dir,
    });
    const text = execFileSync('tesseract', ['npm-font.png', '-', '-l', 'chi_sim'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .replace(/\s+/g, '');
    expect(text).toContain(app.deps.profile.offsiteForm.name['zh-CN']);
    expect(text).toContain('王秀英');
    expect(text).toContain('示例大道1号');
  }, 60_000);

  it('audits each printed form (it carries the ID number)', async () => {
    const rows = await app.testDb.db
      .selectFrom('audit_log')
      .select(['action', 'channel', 'details'])
      .where('entity_id', '=', ids.eastElsewhere)
      .where('action', '=', 'offsite_form.printed')
      .execute();
    expect(rows).toEqual([
      { action: 'offsite_form.printed', channel: 'offsite_form', details: { year: 2018 } },
    ]);
  });
});

describe('CJK font lookup', () => {
  it('answers pdf_font_missing (503 with zh-CN and en messages) when no font is installed', () => {
    expect(() => loadCjkFont([{ path: '/nonexistent/font.ttc', family: 'X' }])).toThrow(AppError);
    try {
      loadCjkFont([{ path: '/nonexistent/font.ttc', family: 'X' }]);
    } catch (e) {
      expect((e as AppError).code).toBe('pdf_font_missing');
    }
  });
});
