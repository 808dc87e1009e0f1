import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ACTIONS, decodes, type Action } from '@lifecert/face';
import {
  ATTACK_KINDS,
  synthesiseRecording,
  writeRecording,
  writeY4m,
  type AttackKind,
} from '@lifecert/synth';

type SynthOptions = {
  photo: string;
  actions: string;
  out: string;
  attack?: string;
  swapPhoto?: string;
  y4m?: string;
  seed: string;
  fps: string;
};

function parseActions(text: string): Action[] {
  const list = text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const unknown = list.filter((a) => !ACTIONS.includes(a as Action));
  if (list.length === 0 || unknown.length > 0) {
    throw new Error(`--actions must list actions among ${ACTIONS.join(', ')}`);
  }
  return list as Action[];
}

/** The photo's bytes, or a sentence naming the file when it is missing or not an image. */
export async function readPhoto(file: string, what: string): Promise<Uint8Array> {
  const bytes = await readFile(file).catch(() => {
    throw new Error(`cannot read ${what} ${file}`);
  });
  if (!(await decodes(bytes)))
    throw new Error(`${what} ${file} is not a readable JPEG or PNG image`);
  return new Uint8Array(bytes);
}

function parseAttack(text: string | undefined): AttackKind | undefined {
  if (text === undefined) return undefined;
  if (!ATTACK_KINDS.includes(text as AttackKind)) {
    throw new Error(`--attack must be one of ${ATTACK_KINDS.join(', ')}`);
  }
  return text as AttackKind;
}

/** `lifecert face synth`: a test recording (JPEG frames + manifest.json, optionally a .y4m) from one photo. */
export function registerFaceSynth(face: Command): void {
  face
    .command('synth')
    .description('Render a test recording of a challenge (or an attack) from one face photo')
    .requiredOption('--photo <file>', 'a photo with one face (JPEG or PNG)')
    .requiredOption('--actions <list>', `comma-separated actions among ${ACTIONS.join(', ')}`)
    .requiredOption('--out <dir>', 'folder for the numbered JPEG frames and manifest.json')
    .option('--attack <kind>', `an attack to render instead: ${ATTACK_KINDS.join(', ')}`)
    .option('--swap-photo <file>', 'the second person, for --attack swap')
    .option('--y4m <file>', "also write a .y4m video for Chromium's fake camera")
    .option('--seed <n>', 'random seed; the same seed gives the same recording', '1')
    .option('--fps <n>', 'frames per second', '15')
    .action(async (o: SynthOptions) => {
      const attack = parseAttack(o.attack);
      if (attack === 'swap' && !o.swapPhoto) throw new Error('--attack swap needs --swap-photo');
      const seed = Number(o.seed),
        fps = Number(o.fps);
      if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
      if (!Number.isInteger(fps) || fps < 5 || fps > 30) throw new Error('--fps must be 5..30');
      const started = performance.now();
      const rec = await synthesiseRecording({
        photo: await readPhoto(o.photo, 'photo'),
        challenge: parseActions(o.actions),
        attack,
        swapPhoto: o.swapPhoto ? await readPhoto(o.swapPhoto, 'swap photo') : undefined,
        seed,
        fps,
      });
      await writeRecording(o.out, rec);
      if (o.y4m) await writeY4m(o.y4m, rec.frames, { fps });
      const summary = {
        out: o.out,
        frames: rec.frames.length,
        durationMs: rec.frames.at(-1)?.t ?? 0,
        challenge: rec.challenge,
        performed: rec.performed,
        attack: attack ?? null,
        y4m: o.y4m ?? null,
        ms: Math.round(performance.now() - started),
      };
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    });
}
