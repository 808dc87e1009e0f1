import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMAIN_ERRORS, type IdNumberError, type LocalizedText } from '@lifecert/core';
import { getPensionerByIdNumber, type AuditEntry, type Database } from '@lifecert/db';
import type { Kysely } from 'kysely';
import {
  maskFileName,
  MAX_PHOTO_BYTES,
  parsePhotoFileName,
  toReferenceJpeg,
} from './photo-file.ts';
import { storeReferencePhoto } from './reference-photos.ts';

const PHOTO_PROBLEMS = {
  not_image: {
    'zh-CN': '不是 JPEG 或 PNG 图片。',
    en: 'Not a JPEG or PNG image.',
  },
  too_large: {
    'zh-CN': `文件超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB。`,
    en: `The file is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`,
  },
  no_pensioner: {
    'zh-CN': '没有与文件名中证件号码对应的人员。',
    en: 'No pensioner has the ID number in the file name.',
  },
} as const satisfies Record<string, LocalizedText>;

export type PhotoProblemCode = keyof typeof PHOTO_PROBLEMS | IdNumberError;

export type PhotoProblem = {
  /** Masked: the real name is an ID number. */
  file: string;
  code: PhotoProblemCode;
  message: LocalizedText;
};

export type PhotoImportSummary = {
  dryRun: boolean;
  files: number;
  imported: number;
  unchanged: number;
  problems: PhotoProblem[];
};

export type ImportPhotoDirOptions = {
  actor: AuditEntry['actor'];
  operator?: string;
  /** Check names, images and pensioners only; store nothing. */
  dryRun?: boolean;
  onFile?: (done: number, total: number) => void;
};

const problem = (fileName: string, code: PhotoProblemCode): PhotoProblem => ({
  file: maskFileName(fileName),
  code,
  message:
    code in PHOTO_PROBLEMS
      ? PHOTO_PROBLEMS[code as keyof typeof PHOTO_PROBLEMS]
      : DOMAIN_ERRORS[code as IdNumberError].message,
});

/**
 * Stores `<ID number>.jpg|.png` files as reference photos, one transaction per photo so a large
 * folder does not hold one huge transaction; a re-run skips photos already stored.
 */
export const importPhotoDir = async (
  db: Kysely<Database>,
  dir: string,
  opts: ImportPhotoDirOptions,
): Promise<PhotoImportSummary> => {
  const entries = await readdir(dir, { withFileTypes: true });
  // Hidden files are operating-system litter (.DS_Store), not photos someone meant to import.
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  const summary: PhotoImportSummary = {
    dryRun: opts.dryRun ?? false,
    files: files.length,
    imported: 0,
    unchanged: 0,
    problems: [],
  };
  for (const [i, fileName] of files.entries()) {
    opts.onFile?.(i, files.length);
    const outcome = await importOne(db, dir, fileName, opts);
    if (outcome === 'imported') summary.imported++;
    else if (outcome === 'unchanged') summary.unchanged++;
    else summary.problems.push(outcome);
  }
  opts.onFile?.(files.length, files.length);
  return summary;
};

const importOne = async (
  db: Kysely<Database>,
  dir: string,
  fileName: string,
  opts: ImportPhotoDirOptions,
): Promise<'imported' | 'unchanged' | PhotoProblem> => {
  const name = parsePhotoFileName(fileName);
  if (!name.ok) {
    return problem(fileName, name.reason === 'not_image_name' ? 'not_image' : name.reason);
  }
  const image = await toReferenceJpeg(await readFile(path.join(dir, fileName)));
  if (!image.ok) return problem(fileName, image.reason);
  const pensioner = await getPensionerByIdNumber(db, name.idNumber);
  if (!pensioner) return problem(fileName, 'no_pensioner');
  if (opts.dryRun) return 'imported';
  const result = await storeReferencePhoto(db, pensioner.id, image.jpeg, {
    actor: opts.actor,
    channel: 'cli',
    details: {
      format: image.format,
      bytes: image.jpeg.byteLength,
      ...(opts.operator ? { operator: opts.operator } : {}),
    },
  });
  return result.stored ? 'imported' : 'unchanged';
};

/** Same scheme as the pensioner import: 0 all stored, 2 some problems, 1 nothing usable. */
export const photoExitCode = (s: PhotoImportSummary): 0 | 1 | 2 => {
  if (s.problems.length === 0) return 0;
  return s.imported + s.unchanged === 0 ? 1 : 2;
};
