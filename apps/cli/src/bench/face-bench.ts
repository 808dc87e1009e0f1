import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import {
  benchFaceEngine,
  createFaceEngine,
  DEFAULT_MAX_FRAMES,
  sampleFrames,
  sequenceRuns,
  verifyAttempt,
  type Action,
} from '@lifecert/face';
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
  log('face: synthesising genuine recordings...');
  const recordings = [];
  for (const [i, p] of PHOTOS.entries()) {
    const photo = new Uint8Array(await readFile(path.join(FACES, p)));
    const rec = await synthesiseRecording({
      photo,
      challenge: CHALLENGES[i % CHALLENGES.length]!,
      seed: i + 1,
    });
    recordings.push({ photo, recording: { challenge: rec.challenge, frames: rec.frames } });
  }

  log('face: one-core latency per 640x480 frame...');
  const stills = await Promise.all(
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
  // The frames an attempt analyses, in the runs it hands to a worker.
  const sequences = recordings.flatMap(({ recording: { frames, challenge } }) =>
    sequenceRuns(sampleFrames(frames, challenge, DEFAULT_MAX_FRAMES).map((i) => frames[i]!.image)),
  );
  const perFrame = await benchFaceEngine(stills, { rounds: 5, sequences });

  const threads = os.availableParallelism();
  const engine = await createFaceEngine({ threads });
  try {
    // As in production, the reference photo's embedding is stored at enrolment, not made per
    // attempt.
    const attempts = [];
    for (const r of recordings) {
      const reference = await engine.embed(r.photo);
      if (!reference) throw new Error('a bench photo yields no face');
      attempts.push({ reference, recording: r.recording });
    }
    // A server's workers are warm after their first attempt: that one is not counted.
    await verifyAttempt(engine, attempts[0]!);
    log(`face: ${attempts.length} attempts x 3, one after another on ${threads} workers...`);
    const wall: number[] = [];
    const analyse: number[] = [];
    const embed: number[] = [];
    let passed = 0;
    // Three rounds, so the p95 is not just the slowest of six.
    for (let round = 0; round < 3; round++) {
      for (const a of attempts) {
        const t0 = performance.now();
        const d = await verifyAttempt(engine, a);
        wall.push(performance.now() - t0);
        analyse.push(d.evidence.ms.analyse);
        embed.push(d.evidence.ms.embed);
        if (round === 0 && d.decision === 'pass') passed += 1;
      }
    }
    log('face: the same attempts all at once...');
    const t0 = performance.now();
    await Promise.all(attempts.map((a) => verifyAttempt(engine, a)));
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
        analyseMsP50: pct(analyse, 0.5),
        embedMsP50: pct(embed, 0.5),
      },
      attemptsPerSecondAllCores: Math.round((recordings.length / concurrentS) * 100) / 100,
    };
  } finally {
    await engine.close();
  }
}
