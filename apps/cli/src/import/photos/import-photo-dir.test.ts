import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDb, importPensioners, syntheticPensioner, type TestDb } from '@lifecert/db';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPhotoDir, photoExitCode } from './import-photo-dir.ts';
import { maskFileName } from './photo-file.ts';

const actor = { kind: 'system', id: 'photo-test' } as const;

const image = (format: 'jpeg' | 'png', shade: number) =>
  sharp({ create: { width: 40, height: 48, channels: 3, background: { r: shade, g: 90, b: 60 } } })
    .toFormat(format)
    .toBuffer();

/** An 18-digit ID with an X check digit, so the file name can be written in lower case. */
const personWithX = () => {
  for (let i = 0; ; i++) {
    const p = syntheticPensioner(i);
    if (p.idNumber.endsWith('X')) return p;
  }
};

describe('importPhotoDir', () => {
  let t: TestDb;
  let dir: string;
  const plain = syntheticPensioner(0);
  const withX = personWithX();
  const legacy = syntheticPensioner(7);
  /** The pre-1999 15-digit form: no century, no check digit. */
  const fifteen = (idNumber: string) => idNumber.slice(0, 6) + idNumber.slice(8, 17);

  const photos = () =>
    t.db
      .selectFrom('reference_photos')
      .innerJoin('pensioners', 'pensioners.id', 'reference_photos.pensioner_id')
      .select(['pensioners.id_number', 'reference_photos.jpeg', 'reference_photos.active'])
      .orderBy('reference_photos.enrolled_at')
      .execute();

  beforeAll(async () => {
    t = await createTestDb();
    await importPensioners(t.db, [plain, withX, legacy], { actor });
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecert-photos-'));
    await writeFile(path.join(dir, `${plain.idNumber}.jpg`), await image('jpeg', 10));
    await writeFile(path.join(dir, `${withX.idNumber.toLowerCase()}.PNG`), await image('png', 200));
    await writeFile(path.join(dir, `${fifteen(legacy.idNumber)}.jpeg`), await image('jpeg', 30));
    await writeFile(
      path.join(dir, `${syntheticPensioner(99).idNumber}.jpg`),
      await image('jpeg', 50),
    );
    await writeFile(path.join(dir, `${syntheticPensioner(98).idNumber}.jpg`), 'not really a jpeg');
    const cut = await image('jpeg', 70);
    await writeFile(
      path.join(dir, `${syntheticPensioner(97).idNumber}.jpg`),
      cut.subarray(0, cut.length - 2),
    );
    await writeFile(path.join(dir, 'notes.txt'), 'hello');
    await writeFile(path.join(dir, '.DS_Store'), '');
    await mkdir(path.join(dir, 'sub'));
  });
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('stores matching photos as JPEG and reports the rest with masked names', async () => {
    const s = await importPhotoDir(t.db, dir, { actor });
    expect(s).toMatchObject({ files: 7, imported: 3, unchanged: 0 });
    expect(s.problems.map((p) => [p.file, p.code]).sort()).toEqual(
      [
        [maskFileName(`${syntheticPensioner(97).idNumber}.jpg`), 'not_image'],
        [maskFileName(`${syntheticPensioner(98).idNumber}.jpg`), 'not_image'],
        [maskFileName(`${syntheticPensioner(99).idNumber}.jpg`), 'no_pensioner'],
        ['notes.txt', 'not_image'],
      ].sort(),
    );
    expect(photoExitCode(s)).toBe(2);
    const stored = await photos();
    expect(stored.map((p) => p.id_number).sort()).toEqual(
      [plain.idNumber, withX.idNumber, legacy.idNumber].sort(),
    );
    for (const p of stored) {
      expect(p.active).toBe(true);
      expect((await sharp(p.jpeg).metadata()).format).toBe('jpeg');
    }
    const text =
      JSON.stringify(s) + JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute());
    for (const id of [plain, withX, legacy, syntheticPensioner(98), syntheticPensioner(99)]) {
      expect(text).not.toContain(id.idNumber.slice(3, 16));
    }
  });

  it('changes nothing on a re-run, and keeps the old photo inactive when one is replaced', async () => {
    const again = await importPhotoDir(t.db, dir, { actor });
    expect(again).toMatchObject({ imported: 0, unchanged: 3 });

    await writeFile(path.join(dir, `${plain.idNumber}.jpg`), await image('jpeg', 120));
    const replaced = await importPhotoDir(t.db, dir, { actor });
    expect(replaced).toMatchObject({ imported: 1, unchanged: 2 });
    const mine = (await photos()).filter((p) => p.id_number === plain.idNumber);
    expect(mine.map((p) => p.active)).toEqual([false, true]);
  });

  it('masks long names only', () => {
    expect(maskFileName('410305194803120114.jpg')).toBe('410*************14.jpg');
    expect(maskFileName('a.jpg')).toBe('a.jpg');
  });
});
