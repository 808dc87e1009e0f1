import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { benchFaceEngine, createFaceEngine, verifyAttempt, type Action } from '@lifecert/face';
import { synthesiseRecording } from '@lifecert/synth';
import { REPO_ROOT } from '../context.ts';

const FACES = path.resolve(REPO_ROOT, '../shared/data/faces');
// Photos the sequence generator renders well (packages/synth/README.md); test data, never shown.
const PHOTOS = [
  'face-recognition-examples/obama.jpg',
  'face-recognition-examples/biden.jpg',
  'face-recognition-examples/alex-lacamoire.png',
  'face-recognition-examples/lin-manuel-miranda.png',
  'face-recognition-examples/obama2.jpg',
  'antispoof-samples/image_T1.jpg',
];
const CHALLENGES: Action[][] = [
  ['nod', 'blink', 'mouth'],
  ['shake', 'gaze', 'blink'],
  ['mouth', 'nod', 'shake'],
];

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN);
};

/**
 * Face engine speed: one-core latency per frame and per embedding, wall time per whole attempt
 * (all cores' workers, one attempt at a time), and attempts per second with every core busy.
 */
export async function faceBench(log: (line: string) => void): Promise<unknown> {
  if (!existsSync(FACES)) {
    log(`face bench skipped: shared photos not found at ${FACES}`);
    return null;
  }
  log('face: one-core latency per 640x480 frame...');
  const frames = await Promise.all(
    PHOTOS.slice(0, 4).map(
      async (p) =>
        new Uint8Array(
          await sharp(await readFile(path.join(FACES, p)))
            .resize(640, 480, { fit: 'cover' })
            .jpeg({ quality: 90 })
            .toBuffer(),
        ),
    ),
  );
  const perFrame = await benchFaceEngine(frames, { rounds: 5 });

  log('face: synthesising genuine recordings...');
  const recordings = [];
  for (const [i, p] of PHOTOS.entries()) {
    const photo = new Uint8Array(await readFile(path.join(FACES, p)));
    const rec = await synthesiseRecording({
      photo,
      challenge: CHALLENGES[i % CHALLENGES.length]!,
      seed: i + 1,
    });
    recordings.push({
      reference: photo,
      recording: { challenge: rec.challenge, frames: rec.frames },
    });
  }
  const threads = os.availableParallelism();
  const engine = await createFaceEngine({ threads });
  try {
    // Warm the workers so model loading is not counted as an attempt.
    await verifyAttempt(engine, {
      reference: recordings[0]!.reference.slice(),
      recording: recordings[0]!.recording,
    });
    log(`face: ${recordings.length} attempts one after another on ${threads} workers...`);
    const wall: number[] = [];
    let passed = 0;
    for (const r of recordings) {
      const t0 = performance.now();
      const d = await verifyAttempt(engine, {
        reference: r.reference.slice(),
        recording: r.recording,
      });
      wall.push(performance.now() - t0);
      if (d.decision === 'pass') passed += 1;
    }
    log('face: the same attempts all at once...');
    const t0 = performance.now();
    await Promise.all(
      recordings.map((r) =>
        verifyAttempt(engine, { reference: r.reference.slice(), recording: r.recording }),
      ),
    );
    const concurrentS = (performance.now() - t0) / 1000;
    return {
      perFrameOneCore: perFrame,
      attempt: {
        workers: threads,
        attempts: recordings.length,
        genuinePassed: passed,
        framesPerAttempt: Math.round(
          recordings.reduce((n, r) => n + r.recording.frames.length, 0) / recordings.length,
        ),
        wallMsP50: pct(wall, 0.5),
        wallMsP95: pct(wall, 0.95),
      },
      attemptsPerSecondAllCores: Math.round((recordings.length / concurrentS) * 100) / 100,
    };
  } finally {
    await engine.close();
  }
}
