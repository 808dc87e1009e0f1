import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  ACTIONS,
  createFaceEngine,
  decodes,
  verifyAttempt,
  type Action,
  type Recording,
} from '@lifecert/face';
import { positiveInt } from './number-options.ts';

/** Input the command cannot work with: reported on stderr with a non-zero exit, never as a decision. */
export class UnusableInput extends Error {}

type Manifest = { challenge: Action[]; frames: { file: string; t: number; step: number }[] };

function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UnusableInput('manifest.json is not valid JSON');
  }
  const m = raw as Partial<Manifest> | null;
  if (!m || !Array.isArray(m.challenge) || !Array.isArray(m.frames)) {
    throw new UnusableInput('manifest.json needs "challenge" and "frames" arrays');
  }
  const unknown = m.challenge.filter((a) => !ACTIONS.includes(a));
  if (m.challenge.length === 0 || unknown.length > 0) {
    throw new UnusableInput(`challenge must list actions among ${ACTIONS.join(', ')}`);
  }
  for (const f of m.frames as unknown[]) {
    const frame = f as Partial<Manifest['frames'][number]> | null;
    if (
      !frame ||
      typeof frame.file !== 'string' ||
      typeof frame.t !== 'number' ||
      !Number.isFinite(frame.t) ||
      typeof frame.step !== 'number'
    ) {
      throw new UnusableInput('every frame needs "file" (string), "t" (ms) and "step" (number)');
    }
  }
  if (m.frames.length === 0) throw new UnusableInput('the recording has no frames');
  const steps = m.challenge.length;
  const stray = m.frames.find((f) => !Number.isInteger(f.step) || f.step < 0 || f.step >= steps);
  if (stray) {
    throw new UnusableInput(
      `frame ${stray.file} has step ${stray.step}; steps index the challenge, 0 to ${steps - 1}`,
    );
  }
  return m as Manifest;
}

/**
 * Reads a recording folder: `manifest.json` and the JPEG frames it names (paths relative to the
 * folder; names that escape it are refused).
 */
export async function readRecording(dir: string): Promise<Recording> {
  const root = path.resolve(dir);
  const text = await readFile(path.join(root, 'manifest.json'), 'utf8').catch(() => {
    throw new UnusableInput(`no manifest.json in ${dir}`);
  });
  const manifest = parseManifest(text);
  const frames = await Promise.all(
    manifest.frames.map(async (f) => {
      const file = path.resolve(root, f.file);
      if (!file.startsWith(root + path.sep))
        throw new UnusableInput(`frame outside the folder: ${f.file}`);
      const image = await readFile(file).catch(() => {
        throw new UnusableInput(`missing frame file ${f.file}`);
      });
      await mustDecode(image, `frame ${f.file}`);
      return { image: new Uint8Array(image), t: f.t, step: f.step };
    }),
  );
  return { challenge: manifest.challenge, frames };
}

async function mustDecode(bytes: Uint8Array, what: string): Promise<void> {
  if (!(await decodes(bytes)))
    throw new UnusableInput(`${what} is not a readable JPEG or PNG image`);
}

type Options = { reference: string; recording: string; threads?: number; maxFrames?: number };

async function run(opts: Options): Promise<void> {
  const reference = new Uint8Array(
    await readFile(opts.reference).catch(() => {
      throw new UnusableInput(`cannot read reference ${opts.reference}`);
    }),
  );
  await mustDecode(reference, `reference ${opts.reference}`);
  const recording = await readRecording(opts.recording);
  const engine = await createFaceEngine(opts.threads ? { threads: opts.threads } : {});
  try {
    // Offline: there is no server nonce, so every check runs except the challenge window.
    const result = await verifyAttempt(engine, {
      reference,
      recording,
      ...(opts.maxFrames ? { maxFrames: opts.maxFrames } : {}),
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (result.reasons.some((r) => r.code === 'reference_unusable')) {
      throw new UnusableInput('no face found in the reference photo');
    }
  } finally {
    await engine.close();
  }
}

/** `lifecert face verify --reference REF.jpg --recording DIR`: prints the decision as JSON. */
export function registerFaceVerify(program: Command): void {
  const face =
    program.name() === 'face'
      ? program
      : (program.commands.find((c) => c.name() === 'face') ??
        program.command('face').description('face engine tools'));
  face
    .command('verify')
    .description(
      'Decide a recorded certification attempt offline (all checks but the challenge window); ' +
        'prints {"decision","reasons",...} and exits 0 for pass and fail alike',
    )
    .requiredOption('--reference <file>', 'reference photo of the pensioner (JPEG or PNG)')
    .requiredOption('--recording <dir>', 'folder with manifest.json and the JPEG frames it lists')
    .option('--threads <n>', 'inference worker threads (default: one per core)', positiveInt)
    .option('--max-frames <n>', 'most frames to analyse (default 40)', positiveInt)
    .action(async (opts: Options) => {
      try {
        await run(opts);
      } catch (e) {
        if (!(e instanceof UnusableInput)) throw e;
        process.stderr.write(`unusable input: ${e.message}\n`);
        process.exitCode = 2;
      }
    });
}
