import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../context.ts';
import { readPhoto } from './face-synth.ts';
import { readRecording, UnusableInput } from './face-verify.ts';

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

const greyJpeg = async () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: '#777' } })
    .jpeg()
    .toBuffer();

// `lifecert face synth` and `face verify` as the users run them: a recording on disk, then
// the offline decision, with the exit codes the command promises (0 for pass and fail alike, 2
// for input it cannot use). Each process costs seconds of start-up, so input checks are also
// tested on the functions the commands call.
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

  /** A one-frame recording, with whatever is wrong with it. */
  const recordingOf = async (name: string, frame: Uint8Array, step = 0) => {
    const d = path.join(dir, name);
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

  it('synth writes a recording that verify reads back', async () => {
    // One short step at a low frame rate: this checks the command, not the engine's judgement,
    // which packages/face/src/liveness/generated-recordings.test.ts checks on full recordings.
    const out = path.join(dir, 'synth');
    const synth = await lifecert(
      ...['face', 'synth', '--photo', obama, '--actions', 'nod', '--out', out],
      ...['--fps', '5', '--seed', '7'],
    );
    expect(synth.code).toBe(0);
    const summary = JSON.parse(synth.stdout) as { frames: number; challenge: string[] };
    expect(summary.challenge).toEqual(['nod']);
    const recording = await readRecording(out);
    expect(recording.challenge).toEqual(['nod']);
    expect(recording.frames).toHaveLength(summary.frames);
    expect(recording.frames.every((f) => f.step === 0)).toBe(true);
    expect(recording.frames.map((f) => f.t)).toEqual(
      [...recording.frames.map((f) => f.t)].sort((a, b) => a - b),
    );
  }, 120_000);

  it('fails a recording without a face with exit 0, and refuses input it cannot judge with exit 2', async () => {
    const blank = await recordingOf('blank', await greyJpeg());
    const fail = await lifecert('face', 'verify', '--reference', reference, '--recording', blank);
    expect(fail.code).toBe(0);
    expect((JSON.parse(fail.stdout) as Verdict).decision).toBe('fail');

    const notImage = path.join(dir, 'reference.jpg');
    await writeFile(notImage, 'not a photo');
    const refused = await lifecert('face', 'verify', '--reference', notImage, '--recording', blank);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`reference ${notImage} is not a readable JPEG or PNG image`);
    // what an operator must never see: a stack trace instead of a sentence
    expect(refused.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);

  it('names a frame that is not an image, and a step outside the challenge', async () => {
    const whole = await readFile(obama);
    const cut = await recordingOf('truncated', whole.subarray(0, Math.floor(whole.length / 3)));
    await expect(readRecording(cut)).rejects.toThrow(
      new UnusableInput('frame 0000.jpg is not a readable JPEG or PNG image'),
    );
    const stray = await recordingOf('stray-step', whole, 3);
    await expect(readRecording(stray)).rejects.toThrow(
      new UnusableInput('frame 0000.jpg has step 3; steps index the challenge, 0 to 2'),
    );
    expect((await readRecording(await recordingOf('fine', whole))).frames).toHaveLength(1);
  });

  it('synth names a photo that is missing or not an image', async () => {
    const notImage = path.join(dir, 'not-a-photo.jpg');
    await writeFile(notImage, 'not a photo');
    await expect(readPhoto(notImage, 'photo')).rejects.toThrow(
      `photo ${notImage} is not a readable JPEG or PNG image`,
    );
    const gone = path.join(dir, 'gone.jpg');
    await expect(readPhoto(gone, 'swap photo')).rejects.toThrow(`cannot read swap photo ${gone}`);
  });
});
