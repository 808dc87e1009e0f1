import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../context.ts';

const BIN = path.join(REPO_ROOT, 'apps/cli/bin/lifecert.js');
const faces = path.join(REPO_ROOT, '../shared/data/faces/face-recognition-examples');
const haveFaces = existsSync(faces);
if (!haveFaces) console.warn(`skipping the face CLI runs: shared test data not found at ${faces}`);

type Run = { code: number; stdout: string; stderr: string };
type Verdict = { decision: 'pass' | 'fail'; reasons: { code: string }[] };

const lifecert = async (...args: string[]): Promise<Run> => {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const f = e as { code: number; stdout: string; stderr: string };
    return { code: f.code, stdout: f.stdout, stderr: f.stderr };
  }
};

/** What an operator must never see: a stack trace instead of a sentence. */
const noStack = (r: Run) => expect(r.stderr).not.toMatch(/^\s+at /m);

// `lifecert face synth` and `face verify` as the users run them: a recording on disk, then
// the offline decision, with the exit codes the command promises (0 for pass and fail alike, 2
// for input it cannot use).
describe.runIf(haveFaces)('lifecert face synth / verify', () => {
  let dir: string;
  const obama = path.join(faces, 'obama.jpg');
  const reference = path.join(faces, 'obama2.jpg');

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lifecert-face-cli-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes a genuine recording that verify passes, and a held-up photo that it fails', async () => {
    const genuine = path.join(dir, 'genuine');
    const synth = await lifecert(
      ...['face', 'synth', '--photo', obama, '--actions', 'nod,blink,shake', '--out', genuine],
      ...['--seed', '7'],
    );
    expect(synth.code).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(genuine, 'manifest.json'), 'utf8')) as {
      challenge: string[];
    };
    expect(manifest.challenge).toEqual(['nod', 'blink', 'shake']);

    const pass = await lifecert('face', 'verify', '--reference', reference, '--recording', genuine);
    expect(pass.code).toBe(0);
    const verdict = JSON.parse(pass.stdout) as Verdict;
    expect(verdict.reasons).toEqual([]);
    expect(verdict.decision).toBe('pass');

    const photo = path.join(dir, 'photo');
    await lifecert(
      ...['face', 'synth', '--photo', obama, '--actions', 'nod,blink,shake', '--out', photo],
      ...['--attack', 'photo', '--seed', '7'],
    );
    const fail = await lifecert('face', 'verify', '--reference', reference, '--recording', photo);
    expect(fail.code).toBe(0);
    expect((JSON.parse(fail.stdout) as Verdict).decision).toBe('fail');
  }, 180_000);

  /** A copy of a small recording with one thing broken. */
  const broken = async (name: string, frame: Uint8Array, step = 0) => {
    const d = path.join(dir, name);
    await rm(d, { recursive: true, force: true });
    await mkdir(d, { recursive: true });
    await writeFile(path.join(d, '0000.jpg'), frame);
    await writeFile(
      path.join(d, 'manifest.json'),
      JSON.stringify({
        challenge: ['nod', 'blink', 'mouth'],
        frames: [{ file: '0000.jpg', t: 0, step }],
      }),
    );
    return d;
  };

  it('names a frame that is not an image instead of failing inside the engine', async () => {
    const whole = await readFile(obama);
    const cut = await broken('truncated', whole.subarray(0, Math.floor(whole.length / 3)));
    const r = await lifecert('face', 'verify', '--reference', reference, '--recording', cut);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('frame 0000.jpg is not a readable JPEG or PNG image');
    expect(r.stdout).toBe('');
    noStack(r);
  }, 60_000);

  it('refuses a frame whose step is outside the challenge', async () => {
    const d = await broken('stray-step', await readFile(obama), 3);
    const r = await lifecert('face', 'verify', '--reference', reference, '--recording', d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('frame 0000.jpg has step 3; steps index the challenge, 0 to 2');
    noStack(r);
  }, 60_000);

  it('synth names a photo that is missing or not an image', async () => {
    const notImage = path.join(dir, 'not-a-photo.jpg');
    await writeFile(notImage, 'not a photo');
    const out = path.join(dir, 'never');
    const bad = await lifecert(
      'face',
      'synth',
      '--photo',
      notImage,
      '--actions',
      'nod',
      '--out',
      out,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`photo ${notImage} is not a readable JPEG or PNG image`);
    noStack(bad);
    const gone = path.join(dir, 'gone.jpg');
    const missing = await lifecert(
      'face',
      'synth',
      '--photo',
      gone,
      '--actions',
      'nod',
      '--out',
      out,
    );
    expect(missing.stderr).toContain(`cannot read photo ${gone}`);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses a reference that is not an image', async () => {
    const d = await broken('fine', await readFile(obama));
    const notImage = path.join(dir, 'reference.jpg');
    await writeFile(notImage, 'not a photo');
    const r = await lifecert('face', 'verify', '--reference', notImage, '--recording', d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a readable JPEG or PNG image');
    noStack(r);
  }, 60_000);
});
