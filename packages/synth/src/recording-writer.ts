// A recording on disk: numbered JPEG frames beside a manifest.json, the form `lifecert face synth`
// writes and the liveness tools read.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Action, Recording } from '@lifecert/face';

export type RecordingManifest = {
  challenge: Action[];
  frames: { file: string; t: number; step: number }[];
};

export async function writeRecording(dir: string, rec: Recording): Promise<RecordingManifest> {
  await mkdir(dir, { recursive: true });
  const manifest: RecordingManifest = { challenge: [...rec.challenge], frames: [] };
  for (const [i, frame] of rec.frames.entries()) {
    const file = `${String(i).padStart(4, '0')}.jpg`;
    await writeFile(join(dir, file), frame.image);
    manifest.frames.push({ file, t: frame.t, step: frame.step });
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

export async function readRecording(dir: string): Promise<Recording> {
  const manifest = JSON.parse(
    await readFile(join(dir, 'manifest.json'), 'utf8'),
  ) as RecordingManifest;
  const frames = await Promise.all(
    manifest.frames.map(async (f) => ({
      image: new Uint8Array(await readFile(join(dir, f.file))),
      t: f.t,
      step: f.step,
    })),
  );
  return { challenge: manifest.challenge, frames };
}
