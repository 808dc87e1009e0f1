import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { profileSchema, type Profile } from './profile-schema.ts';
import { deepFreeze } from './deep-freeze.ts';

/** The shipped default, found relative to this file so it works from any working directory. */
export const DEFAULT_PROFILE_PATH = fileURLToPath(
  new URL('../../../profiles/luoyang-2018.json', import.meta.url),
);

export type ProfileIssue = { path: string; message: string };

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  constructor(
    readonly source: string,
    readonly issues: readonly ProfileIssue[],
  ) {
    super(
      `invalid profile ${source}:\n${issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
    );
  }
}

/** `agencies[0].counters[3].code`, the way a person finds the field in the JSON. */
export const formatIssuePath = (path: readonly PropertyKey[]): string =>
  path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');

const toIssues = (error: z.ZodError): ProfileIssue[] =>
  error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));

/** Validates already-parsed JSON; throws ProfileError naming every bad field. */
export const parseProfile = (json: unknown, source = '(inline)'): Profile => {
  const result = profileSchema.safeParse(json);
  if (!result.success) throw new ProfileError(source, toIssues(result.error));
  return deepFreeze(result.data);
};

/** Reads, parses and validates a profile file (default: the shipped profile). */
export const loadProfile = async (path: string = DEFAULT_PROFILE_PATH): Promise<Profile> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new ProfileError(path, [{ path: '', message: `cannot read file (${errorCode(cause)})` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ProfileError(path, [{ path: '', message: `not valid JSON: ${String(cause)}` }]);
  }
  return parseProfile(json, path);
};

const errorCode = (cause: unknown): string =>
  cause instanceof Error && 'code' in cause ? String(cause.code) : String(cause);
